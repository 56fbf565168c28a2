using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;

namespace Deliberation.Engine.Proposals;

/// <summary>
/// Every proposal command decides on the proposal's stream with its session at hand. It holds the
/// session's lock shared, as floor commands do, so a change of phase or status either comes first and
/// is seen, or waits for it.
/// </summary>
public static class ProposalHandler
{
    public delegate IReadOnlyList<object> Decision(Proposal? proposal, Session session);

    public static async Task<Proposal> HandleAsync(IDocumentSession session, Guid proposalId, Decision decide, CancellationToken cancellationToken)
    {
        var target = await SessionOfAsync(session, proposalId, cancellationToken);
        return await session.DecideAsync<Proposal>(proposalId, proposal => decide(proposal, target), cancellationToken);
    }

    /// <summary>The proposal's session, locked shared for this transaction.</summary>
    public static async Task<Session> SessionOfAsync(IDocumentSession session, Guid proposalId, CancellationToken cancellationToken)
    {
        var proposal = await session.LoadAsync<Proposal>(proposalId, cancellationToken) ?? throw new NotFound("proposal", proposalId);
        return await LockedSessionAsync(session, proposal.SessionId, cancellationToken);
    }

    public static async Task<Session> LockedSessionAsync(IDocumentSession session, Guid sessionId, CancellationToken cancellationToken)
    {
        await TransactionLock.ShareAsync(session, sessionId, cancellationToken);
        return await session.LoadAsync<Session>(sessionId, cancellationToken) ?? throw new NotFound("session", sessionId);
    }

    /// <summary>A proposal exactly as it stood at a version: its stream folded up to the last event of that version.</summary>
    public static async Task<Proposal?> AtVersionAsync(IQuerySession session, Guid proposalId, int version, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(proposalId, token: cancellationToken);
        Proposal? state = null;
        foreach (var e in events)
        {
            var next = Fold<Proposal>.Apply(state, proposalId, [e.Data]);
            if (next.VersionNumber > version) break;
            state = next;
        }
        return state?.VersionNumber == version ? state : null;
    }
}
