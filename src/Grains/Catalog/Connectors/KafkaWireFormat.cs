using System.Buffers.Binary;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Confluent's wire format: magic byte 0, the schema id as 4 bytes big-endian, then the payload (for
/// Protobuf first the message-index varints). Only the header is read: a sample keeps no record content.
/// </summary>
internal static class KafkaWireFormat
{
    private const byte MagicByte = 0;
    private const int HeaderLength = 5;

    /// <summary>The schema id of a key or value in the wire format; false for anything else (plain JSON, text).</summary>
    public static bool TryReadSchemaId(ReadOnlySpan<byte> bytes, out int schemaId)
    {
        schemaId = 0;
        if (bytes.Length < HeaderLength || bytes[0] != MagicByte)
        {
            return false;
        }

        schemaId = BinaryPrimitives.ReadInt32BigEndian(bytes[1..HeaderLength]);
        // Registry ids are positive; a zero byte followed by a non-positive int is not a framed record.
        return schemaId > 0;
    }
}
