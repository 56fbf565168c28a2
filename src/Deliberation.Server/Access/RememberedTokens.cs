using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Deliberation.Server.Access;

/// <summary>
/// The engine's own tokens, each verified once: a voter sends the same token with every call, and an ES256
/// signature check costs more CPU than the rest of a vote's authentication. A token verified is remembered
/// until it expires (or for <see cref="MaxAge"/>), so the answer is the one verifying it again would give;
/// tokens that fail are never remembered. At most <see cref="Capacity"/> are kept; past that the memory starts over.
/// </summary>
internal sealed class RememberedTokens : JsonWebTokenHandler
{
    public const int Capacity = 50_000;
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (TokenValidationResult Result, DateTime Until)> verified = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        // Lifetimes are checked against the system clock, as the handler itself checks them.
        var now = DateTime.UtcNow;
        if (verified.TryGetValue(token, out var known) && now < known.Until) return known.Result;
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            if (verified.Count >= Capacity) verified.Clear();
            var expires = result.SecurityToken.ValidTo == DateTime.MinValue ? now : result.SecurityToken.ValidTo;
            verified[token] = (result, Min(expires, now + MaxAge));
        }
        return result;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
