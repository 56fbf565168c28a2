using Deliberation.Domain.Invitations;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;

namespace Deliberation.Engine.Participants;

public static class JoinSessionHandler
{
    /// <summary>
    /// Redeems the invitation and starts the participant's stream together. The invitation is read
    /// for writing, so two people racing with one code cannot both join: the second save fails.
    /// </summary>
    public static async Task<Participant> HandleAsync(IDocumentSession session, JoinSession command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invitation = await session.Events.FetchForWriting<Invitation>(command.InvitationId, cancellationToken);
        var target = invitation.Aggregate is { } found ? await session.LoadAsync<Session>(found.SessionId, cancellationToken) : null;
        var (redeemed, joined) = JoinSession.Decide(invitation.Aggregate, target, command, now);
        invitation.AppendOne(redeemed);
        return session.Start<Participant>(joined.ParticipantId, joined);
    }
}
