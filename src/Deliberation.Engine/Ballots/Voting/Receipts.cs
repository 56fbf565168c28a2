using System.Security.Cryptography;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>
/// Receipt codes: 80 random bits, written in Crockford's base 32 (16 characters, no look-alike
/// letters). Random rather than derived from the voter, so a receipt says nothing about who holds it.
/// </summary>
public static class Receipts
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[..10]);
        var bits = new UInt128(BitConverter.ToUInt64(bytes[8..]), BitConverter.ToUInt64(bytes[..8]));
        return string.Create(16, bits, (code, value) =>
        {
            for (var i = 0; i < code.Length; i++) code[i] = Alphabet[(int)((value >> (5 * i)) & 31)];
        });
    }
}
