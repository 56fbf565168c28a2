using System.Security.Claims;
using Deliberation.Api.V1;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Deliberation.Server.Access;

/// <summary>Who is calling, as their bearer token says: the operator, or a participant of one session.</summary>
internal sealed record Caller(bool IsOperator, Guid? ParticipantId, Guid? SessionId)
{
    /// <exception cref="Unauthenticated">No token, or one the engine does not accept.</exception>
    public static Caller Of(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
            throw string.IsNullOrEmpty(http.Request.Headers.Authorization)
                ? new Unauthenticated(ErrorReason.TokenMissing, "This call needs a bearer token: sign in as the operator or join a session with a code.")
                : new Unauthenticated(ErrorReason.TokenInvalid, "The bearer token is not valid here: it is forged, expired, or from an issuer this engine does not trust.");

        return user.FindFirstValue(Tokens.KindClaim) switch
        {
            Tokens.OperatorKind => new Caller(true, null, null),
            Tokens.ExternalKind => new Caller(false, null, null),
            Tokens.ParticipantKind when Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var participant)
                                        && Guid.TryParse(user.FindFirstValue(Tokens.SessionClaim), out var session)
                => new Caller(false, participant, session),
            _ => throw new Unauthenticated(ErrorReason.TokenInvalid, "The bearer token does not say who the caller is."),
        };
    }
}
