using System.Security.Cryptography;
using Deliberation.Engine.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Deliberation.Server.Access;

/// <summary>
/// The key the engine signs its tokens with (ECDSA P-256), kept in a PEM file readable by its owner
/// only and made at the first start. Nodes that serve one database share the file; when two start
/// at once, the first to write it wins and the other reads it.
/// </summary>
internal static class SigningKey
{
    public static ECDsaSecurityKey LoadOrCreate(string path)
    {
        var key = ECDsa.Create();
        if (!File.Exists(path))
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            if (SecretFile.TryCreate(path, key.ExportPkcs8PrivateKeyPem()))
                return SecurityKeyOf(key);
        }
        key.ImportFromPem(File.ReadAllText(path));
        return SecurityKeyOf(key);
    }

    private static ECDsaSecurityKey SecurityKeyOf(ECDsa key) =>
        new(key) { KeyId = Convert.ToHexString(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16] };
}
