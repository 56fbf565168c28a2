using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.EventStore;
using Grpc.Core;

namespace Deliberation.Server.Access;

/// <summary>What a caller may do in a session: the first step of every RPC that touches one.</summary>
internal sealed class SessionAccess(Reader reader)
{
    /// <summary>The caller as the actor of an action needing <paramref name="permission"/> in the session, or an error saying why not.</summary>
    public Task<Member> RequireAsync(ServerCallContext context, Guid sessionId, Permission permission) =>
        RequireAnyAsync(context, sessionId, permission);

    /// <summary>The same, for an action that any one of the permissions allows.</summary>
    public async Task<Member> RequireAnyAsync(ServerCallContext context, Guid sessionId, params Permission[] permissions)
    {
        var caller = Caller.Of(context);
        var participant = caller is { SessionId: { } own } && own == sessionId
            ? await reader.FindAsync<Domain.Participants.Participant>(caller.ParticipantId!.Value, context.CancellationToken)
            : null;
        var standing = caller.IsOperator ? Standing.Operator : participant?.Standing ?? Standing.Outsider;

        if (!permissions.Any(permission => Permissions.Allows(standing, permission, participant?.VotingRights ?? false)))
            throw standing == Standing.Outsider
                ? new PermissionDenied(ErrorReason.NotInSession, $"The caller is not a participant of session {sessionId}.")
                : new PermissionDenied(ErrorReason.RoleNotAllowed, $"A {Describe(standing)} may not {Describe(permissions[0])} in this session.");
        return new Member(participant is null ? Actor.Operator : Actor.Member(participant.Id), standing);
    }

    /// <summary>
    /// The same, for a call that names something in a session (a proposal, a ballot) rather than the
    /// session itself. Only the operator learns that an id names nothing: to anyone else, an id that
    /// does not exist and one in another session look alike.
    /// </summary>
    public async Task<(T Entity, Member Member)> RequireOnAsync<T>(
        ServerCallContext context, Guid id, string kind, Func<T, Guid> sessionOf, params Permission[] permissions) where T : notnull
    {
        var caller = Caller.Of(context);
        var entity = await reader.FindAsync<T>(id, context.CancellationToken);
        if (entity is null)
            throw caller.IsOperator
                ? new Domain.Common.NotFound(kind, id)
                : new PermissionDenied(ErrorReason.NotInSession, $"The caller is not a participant of the session of {kind} {id}.");
        return (entity, await RequireAnyAsync(context, sessionOf(entity), permissions));
    }

    public static void RequireOperator(ServerCallContext context)
    {
        if (!Caller.Of(context).IsOperator)
            throw new PermissionDenied(ErrorReason.OperatorOnly, "Only the engine's operator may do this.");
    }

    /// <summary>Acting outside a phase is a moderator's call, recorded with its reason.</summary>
    public static string? PhaseOverride(Member member, string reason)
    {
        if (reason.Length == 0) return null;
        if (!member.Moderates) throw new PermissionDenied(ErrorReason.RoleNotAllowed, "Only a moderator may act outside the phase (phase_override_reason).");
        return reason;
    }

    private static string Describe(Standing standing) => standing switch
    {
        Standing.VotingParticipant => "participant with voting rights",
        Standing.Participant => "participant without voting rights",
        _ => standing.ToString().ToLowerInvariant(),
    };

    private static string Describe(Permission permission) => permission switch
    {
        Permission.View => "read",
        Permission.Moderate => "moderate",
        Permission.Contribute => "submit texts",
        Permission.Vote => "vote",
        Permission.DeclareOwnGroup => "declare their groups",
        _ => permission.ToString(),
    };
}

/// <summary>The caller, as the actor the engine records, and where they stand in the session.</summary>
internal sealed record Member(Actor Actor, Standing Standing)
{
    public bool Moderates => Standing is Standing.Moderator or Standing.Operator;
}
