using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Deliberation.Server.Access;

/// <summary>
/// The key the engine signs its tokens with (ECDSA P-256), kept in a PEM file readable by its owner
/// only and made at the first start. Nodes that serve one database share the file.
/// </summary>
internal static class SigningKey
{
    public static ECDsaSecurityKey LoadOrCreate(string path)
    {
        var key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = path + ".new";
            File.WriteAllText(temporary, key.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(temporary, path);
        }
        return new ECDsaSecurityKey(key) { KeyId = Convert.ToHexString(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16] };
    }
}
