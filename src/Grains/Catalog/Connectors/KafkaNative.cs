using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Loads Debian's librdkafka for Confluent.Kafka once per process. The NuGet feed has no
/// librdkafka.redist (see ../shared/ENVIRONMENT.md, Kafka), so Confluent.Kafka 1.9.3's imports are
/// pointed at the system's files: "libdl" is libdl.so.2 on Debian 12, and its P/Invoke declarations
/// name "librdkafka", which resolves to nothing unless mapped to librdkafka.so.1.
/// </summary>
internal static class KafkaNative
{
    private const string LibraryName = "librdkafka.so.1";
    private static readonly Lock s_lock = new();
    private static string? s_failure;
    private static bool s_loaded;

    /// <summary>Throws <see cref="SourceAccessException"/> when librdkafka cannot be loaded on this node.</summary>
    public static void EnsureLoaded()
    {
        lock (s_lock)
        {
            if (!s_loaded && s_failure is null)
            {
                s_failure = Load();
                s_loaded = s_failure is null;
            }
        }

        if (s_failure is not null)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, s_failure);
        }
    }

    private static string? Load()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(Library).Assembly, Resolve);
            if (!Library.IsLoaded)
            {
                Library.Load(LibraryName);
            }

            return null;
        }
        catch (Exception error) when (error is DllNotFoundException or InvalidOperationException or EntryPointNotFoundException)
        {
            return $"The Kafka client library ({LibraryName}) cannot be loaded on this node; install it with `apt-get install librdkafka1`. {error.Message}";
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) => name switch
    {
        "libdl" when OperatingSystem.IsLinux() => NativeLibrary.Load("libdl.so.2"),
        "librdkafka" => NativeLibrary.Load(LibraryName),
        _ => 0,
    };
}
