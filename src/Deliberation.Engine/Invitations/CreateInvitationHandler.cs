using Deliberation.Domain.Invitations;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;

namespace Deliberation.Engine.Invitations;

public static class CreateInvitationHandler
{
    public static async Task<Invitation> HandleAsync(IDocumentSession session, CreateInvitation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await session.LoadAsync<Session>(command.SessionId, cancellationToken);
        var created = CreateInvitation.Decide(target, command, now);
        return session.Start<Invitation>(created.InvitationId, created);
    }
}
