using System.Security.Cryptography;
using System.Text;

namespace Omega.Conformance.Recording;

/// <summary>
/// The secret that turns a personal value into its token. One key per dialogue, derived from a
/// secret of the recorder, so the same value gives the same token within a dialogue and another
/// token in the next one. Instances sharing recordings share the recorder secret.
/// </summary>
public sealed class PseudonymKey
{
    private readonly byte[] _key;

    private PseudonymKey(byte[] key) => _key = key;

    /// <summary>The key of one dialogue under a recorder secret.</summary>
    public static PseudonymKey ForDialogue(ReadOnlySpan<byte> recorderSecret, string dialogueId) =>
        new(HMACSHA256.HashData(recorderSecret, Encoding.UTF8.GetBytes(dialogueId)));

    /// <summary>A fresh random recorder secret, for a recorder that is given none.</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// The recorder secret of a configured passphrase, so instances (and runs) that share it give
    /// the same tokens.
    /// </summary>
    public static byte[] SecretFrom(string passphrase) => SHA256.HashData(Encoding.UTF8.GetBytes(passphrase));

    /// <summary>
    /// The token of a value: each digit becomes a digit, each letter a letter of the same case, and
    /// everything else stays, so the token keeps the value's length and shape (a phone stays ten
    /// digits, an e-mail keeps its @). A leading 0 stays, so a French number still looks like one.
    /// </summary>
    public string Token(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var stream = new TokenStream(_key, value);
        var token = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            token.Append(c switch
            {
                '0' when i == 0 => '0',
                >= '0' and <= '9' => (char)('0' + stream.Next(10)),
                >= 'A' and <= 'Z' => (char)('A' + stream.Next(26)),
                _ when char.IsUpper(c) => (char)('A' + stream.Next(26)),
                _ when char.IsLetter(c) => (char)('a' + stream.Next(26)),
                _ => c,
            });
        }

        return token.ToString();
    }

    /// <summary>
    /// Bytes drawn from HMAC(key, value, block), as many as the token needs. The HMAC of the value
    /// is computed once and each block only adds its number, so a long value (a comment of
    /// kilobytes) costs a hash of its length, not one per 32 characters of it.
    /// </summary>
    private sealed class TokenStream(byte[] key, string value) : IDisposable
    {
        private readonly byte[] _block = new byte[SHA256.HashSizeInBytes];
        private IncrementalHash? _valueHashed;
        private int _offset = SHA256.HashSizeInBytes;
        private int _counter;

        public int Next(int modulo)
        {
            if (_offset == _block.Length)
            {
                if (_valueHashed is null)
                {
                    _valueHashed = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                    _valueHashed.AppendData(Encoding.UTF8.GetBytes(value));
                }

                using var block = _valueHashed.Clone();
                Span<byte> counter = stackalloc byte[sizeof(int)];
                BitConverter.TryWriteBytes(counter, _counter++);
                block.AppendData(counter);
                block.GetHashAndReset(_block);
                _offset = 0;
            }

            return _block[_offset++] % modulo;
        }

        public void Dispose() => _valueHashed?.Dispose();
    }
}
