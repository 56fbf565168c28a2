using Deliberation.Domain.Access;

namespace Deliberation.Domain.Ballots.Proxies;

/// <summary>A voter handed their vote to another voter of the session: for one ballot, or (no ballot) for every ballot of the session.</summary>
public sealed record ProxyGranted(Guid SessionId, Guid GrantorId, Guid HolderId, Guid? BallotId, Actor By, DateTimeOffset At);

/// <summary>A grant taken back (by its grantor, or by a moderator); the grantor's vote is their own again.</summary>
public sealed record ProxyRevoked(Guid SessionId, Guid GrantorId, Guid? BallotId, Actor By, DateTimeOffset At);

/// <summary>
/// The proxies one voter has granted in a session, folded from a stream of their own: at most one for the
/// whole session and one per ballot (which takes precedence over the session's for that ballot).
/// </summary>
public sealed record Proxy(Guid Id, Guid SessionId, Guid GrantorId, Guid? SessionHolderId, IReadOnlyDictionary<Guid, Guid> BallotHolders)
{
    /// <summary>The stream of a voter's grants in a session: one per pair, whoever computes it.</summary>
    public static Guid IdFor(Guid sessionId, Guid grantorId) => Common.DeterministicGuid.Create(sessionId, $"proxy:{grantorId}");

    /// <summary>Whom the grantor's vote goes to on this ballot, if anyone.</summary>
    public Guid? HolderFor(Guid ballotId) => BallotHolders.TryGetValue(ballotId, out var holder) ? holder : SessionHolderId;

    /// <summary>Whether any grant stands.</summary>
    public bool Grants => SessionHolderId is not null || BallotHolders.Count > 0;

    public static Proxy Create(ProxyGranted e) => Empty(e.SessionId, e.GrantorId).Apply(e);

    public Proxy Apply(ProxyGranted e) => e.BallotId is { } ballot
        ? this with { BallotHolders = new Dictionary<Guid, Guid>(BallotHolders) { [ballot] = e.HolderId } }
        : this with { SessionHolderId = e.HolderId };

    public Proxy Apply(ProxyRevoked e) => e.BallotId is { } ballot
        ? this with { BallotHolders = BallotHolders.Where(b => b.Key != ballot).ToDictionary() }
        : this with { SessionHolderId = null };

    private static Proxy Empty(Guid sessionId, Guid grantorId) => new(IdFor(sessionId, grantorId), sessionId, grantorId, null, new Dictionary<Guid, Guid>());
}
