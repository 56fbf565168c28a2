using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Deliberation.Server.Access;

/// <summary>The tokens the engine issues: an operator's, or a participant's for one session.</summary>
internal sealed class Tokens(ECDsaSecurityKey key, TimeProvider clock)
{
    public const string Issuer = "deliberation";
    public const string Audience = "deliberation";
    public const string KindClaim = "kind";
    public const string SessionClaim = "sid";
    public const string OperatorKind = "operator";
    public const string ParticipantKind = "participant";

    /// <summary>A caller known to an external issuer, without the operator role: a member of no session.</summary>
    public const string ExternalKind = "external";

    public static readonly TimeSpan OperatorLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan ParticipantLifetime = TimeSpan.FromDays(30);

    /// <summary>A secret for one purpose, derived from the signing key, so the engine keeps one secret file.</summary>
    public byte[] DeriveSecret(string purpose) =>
        HMACSHA256.HashData(key.ECDsa.ExportParameters(includePrivateParameters: true).D!, System.Text.Encoding.UTF8.GetBytes(purpose));

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public (string Token, DateTimeOffset ExpiresAt) ForOperator() =>
        Issue([new Claim(JwtRegisteredClaimNames.Sub, OperatorKind), new Claim(KindClaim, OperatorKind)], OperatorLifetime);

    public (string Token, DateTimeOffset ExpiresAt) ForParticipant(Guid participantId, Guid sessionId) =>
        Issue([
            new Claim(JwtRegisteredClaimNames.Sub, participantId.ToString()),
            new Claim(KindClaim, ParticipantKind),
            new Claim(SessionClaim, sessionId.ToString()),
        ], ParticipantLifetime);

    private (string, DateTimeOffset) Issue(Claim[] claims, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        var expires = now + lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
        return (token, expires);
    }
}
