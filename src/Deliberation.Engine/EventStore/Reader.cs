using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.Sessions.Overview;
using Marten;

namespace Deliberation.Engine.EventStore;

/// <summary>Reads the inline read models, which are current as soon as a command is acknowledged.</summary>
public sealed class Reader(IDocumentStore store)
{
    public async Task<T> GetAsync<T>(Guid id, string kind, CancellationToken cancellationToken) where T : notnull
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<T>(id, cancellationToken) ?? throw new NotFound(kind, id);
    }

    public async Task<T?> FindAsync<T>(Guid id, CancellationToken cancellationToken) where T : notnull
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<T>(id, cancellationToken);
    }

    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<Participant>().Where(p => p.SessionId == sessionId).OrderBy(p => p.JoinedAt).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Domain.Proposals.Proposal>> ProposalsAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<Domain.Proposals.Proposal>().Where(p => p.SessionId == sessionId).OrderBy(p => p.SubmittedAt).ToListAsync(cancellationToken);
    }

    /// <summary>A proposal exactly as it stood at one of its versions.</summary>
    public async Task<Domain.Proposals.Proposal> ProposalAtVersionAsync(Guid proposalId, int version, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await Proposals.ProposalHandler.AtVersionAsync(session, proposalId, version, cancellationToken)
               ?? throw new InvalidOperationException($"Proposal {proposalId} has no version {version}.");
    }

    public async Task<SessionOverview> OverviewAsync(Guid sessionId, CancellationToken cancellationToken) =>
        SessionOverview.Of(await GetAsync<Session>(sessionId, "session", cancellationToken), await ParticipantsAsync(sessionId, cancellationToken));
}
