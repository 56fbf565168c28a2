using System.Security.Cryptography;
using System.Text;

namespace Deliberation.Server.Access;

/// <summary>
/// One-time join codes: 12 characters from an alphabet without look-alikes (no I, L, O, U),
/// about 60 bits, shown as XXXX-XXXX-XXXX. Only their hash is kept.
/// </summary>
internal static class JoinCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        var characters = RandomNumberGenerator.GetItems<char>(Alphabet, 12);
        return $"{new string(characters, 0, 4)}-{new string(characters, 4, 4)}-{new string(characters, 8, 4)}";
    }

    /// <summary>Case, spaces and dashes do not matter, as when a code is read out or typed.</summary>
    public static string HashOf(string code)
    {
        var normalized = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
    }
}
