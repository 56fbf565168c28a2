using System.Security.Claims;
using Deliberation.Server.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Deliberation.Server.Access;

/// <summary>
/// Bearer tokens: the engine's own, and, when configured, those of an external OpenID Connect issuer.
/// A token goes to the scheme of the issuer it names; an external token that carries the operator
/// role makes its holder the operator, any other external token a caller with no session.
/// </summary>
internal static class Authentication
{
    private const string Bearer = "bearer";
    private const string External = "oidc";

    public static void Add(IServiceCollection services, ServerOptions options)
    {
        var authentication = services.AddAuthentication(Bearer)
            .AddPolicyScheme(Bearer, "The engine's tokens or an external issuer's", policy =>
                policy.ForwardDefaultSelector = context =>
                    options.OidcAuthority is not null && IssuerOf(context.Request.Headers.Authorization.ToString()) is { } issuer && issuer != Tokens.Issuer
                        ? External
                        : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<Tokens>((jwt, tokens) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = tokens.ValidationParameters;
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new RememberedTokens());
        });

        if (options.OidcAuthority is { } authority)
            authentication.AddJwtBearer(External, jwt =>
            {
                jwt.Authority = authority;
                jwt.Audience = options.OidcAudience;
                jwt.MapInboundClaims = false;
                // Plain http only for an issuer on this machine (a development or test identity provider).
                jwt.RequireHttpsMetadata = !IsLoopbackHttp(authority);
                jwt.Events = new JwtBearerEvents
                {
                    // Only what the engine decides survives: an external token cannot pose as a participant
                    // (or the operator) by carrying the engine's own claim names.
                    OnTokenValidated = context =>
                    {
                        var external = context.Principal!;
                        var isOperator = external.FindAll(c => c.Type is "roles" or "role").Any(c => c.Value == options.OidcOperatorRole);
                        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
                        [
                            new Claim(JwtRegisteredClaimNames.Sub, external.FindFirst(JwtRegisteredClaimNames.Sub)?.Value ?? ""),
                            new Claim(Tokens.KindClaim, isOperator ? Tokens.OperatorKind : Tokens.ExternalKind),
                        ], External));
                        return Task.CompletedTask;
                    },
                };
            });
        services.AddAuthorization();
    }

    private static string? IssuerOf(string authorization)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var handler = new JsonWebTokenHandler();
        var token = authorization[prefix.Length..].Trim();
        return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
    }

    private static bool IsLoopbackHttp(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.IsLoopback;
}
