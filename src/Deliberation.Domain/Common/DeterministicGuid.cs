using System.Security.Cryptography;
using System.Text;

namespace Deliberation.Domain.Common;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same namespace and name always give the same id,
/// so "one X per Y" can be enforced by the uniqueness of a stream id.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(Guid @namespace, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        @namespace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
