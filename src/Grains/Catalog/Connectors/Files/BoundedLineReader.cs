using System.Text;

namespace DataSpine.Grains.Catalog.Connectors.Files;

/// <summary>
/// Reads lines ("\n", "\r\n" or "\r") of at most a given length: StreamReader.ReadLine would hold a whole
/// newline-free file (a binary file named .csv) in one string.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxChars, string fileName) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    private readonly char[] _buffer = new char[1 << 14];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private bool _skipLineFeed;

    /// <summary>The next line, or null at the end; throws <see cref="SourceAccessException"/> when one is too long.</summary>
    public async Task<string?> ReadLineAsync(int alreadyUsed, CancellationToken cancellationToken)
    {
        _line.Clear();
        while (true)
        {
            if (_position == _length)
            {
                _length = await _reader.ReadAsync(_buffer, cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    return _line.Length > 0 ? _line.ToString() : null;
                }
            }

            if (_skipLineFeed && _buffer[_position] == '\n')
            {
                _position++;
                _skipLineFeed = false;
                continue;
            }

            _skipLineFeed = false;
            var end = Array.FindIndex(_buffer, _position, _length - _position, c => c is '\n' or '\r');
            var take = (end < 0 ? _length : end) - _position;
            if (alreadyUsed + _line.Length + take > maxChars)
            {
                throw new SourceAccessException(SourceAccessException.Unreadable,
                    $"'{fileName}' has a line or record longer than {maxChars} characters (Sources:MaxLineChars); is it a text file?");
            }

            _line.Append(_buffer, _position, take);
            _position += take;
            if (end >= 0)
            {
                _skipLineFeed = _buffer[_position] == '\r';
                _position++;
                return _line.ToString();
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
