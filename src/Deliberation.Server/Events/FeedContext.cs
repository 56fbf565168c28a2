using Deliberation.Engine.Ballots.Voting;
using Deliberation.Engine.EventStore;
using Deliberation.Server.Access;

namespace Deliberation.Server.Events;

/// <summary>
/// Who watches a session, and what the few mappings that need more than their event may read:
/// the session's participants and floor, as they are now (what they need of them does not change).
/// </summary>
internal sealed class FeedContext(Member viewer, Domain.Sessions.Session session, Reader reader, Electorates electorates, CancellationToken cancellationToken)
{
    public Member Viewer => viewer;
    public Domain.Sessions.Session Session => session;
    public IReadOnlyList<string> Languages => session.Languages;

    /// <summary>Whether the viewer recorded a statement, and so may link it to its speaker.</summary>
    public bool Recorded(Guid? recordedBy) => Floor.FloorMapping.Recorded(recordedBy, viewer);

    public Task<Domain.Floor.Floor?> FloorAsync() => reader.FindAsync<Domain.Floor.Floor>(Domain.Floor.Floor.IdFor(session.Id), cancellationToken);

    /// <summary>
    /// A ballot's secrecy, which never changes: from the electorates every node caches for voting. Unknown, it
    /// is treated as secret. Not cancelled with this watcher: the message it goes into is shared with the others.
    /// </summary>
    public async Task<Domain.Ballots.BallotSecrecy> SecrecyAsync(Guid ballotId) =>
        (await electorates.FindAsync(ballotId, CancellationToken.None))?.Secrecy ?? Domain.Ballots.BallotSecrecy.Secret;

    public async Task<IReadOnlyDictionary<Guid, Domain.Access.Role>> RolesAsync() =>
        (await reader.ParticipantsAsync(session.Id, cancellationToken)).ToDictionary(p => p.Id, p => p.Role);
}
