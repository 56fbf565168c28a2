using System.Security.Cryptography;
using System.Text;

namespace Deliberation.Server.Access;

/// <summary>
/// One-time join codes: 12 characters from an alphabet without look-alikes (no I, L, O, U), 60 bits,
/// shown as XXXX-XXXX-XXXX. A code is the engine's keyed hash (HMAC) of the request that created the
/// invitation, so a retried request shows the same code again while only the code's hash is stored;
/// nobody without the engine's secret can compute a code from a request id.
/// </summary>
internal sealed class JoinCodes(byte[] secret)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public string For(string requestKeyId)
    {
        var bits = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(requestKeyId));
        var characters = new char[12];
        for (var i = 0; i < characters.Length; i++)
            characters[i] = Alphabet[bits[i] & 31];
        return $"{new string(characters, 0, 4)}-{new string(characters, 4, 4)}-{new string(characters, 8, 4)}";
    }

    /// <summary>Case, spaces and dashes do not matter, as when a code is read out or typed.</summary>
    public static string HashOf(string code)
    {
        var normalized = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
    }
}
