using Deliberation.Domain.Ballots;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.Ballots.Secrecy;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Requests;
using Marten;
using Cast = Deliberation.Domain.Ballots.CastVote.CastVote;
using Withdraw = Deliberation.Domain.Ballots.WithdrawVote.WithdrawVote;

namespace Deliberation.Engine.Ballots.Voting;

/// <summary>A queued vote request and the caller waiting for its answer.</summary>
internal sealed record PendingVote(VoteRequest Request, TaskCompletionSource<VoteAnswer> Answer);

/// <summary>
/// The answer to a vote request: the vote as it stands after it, and the receipt of a vote this
/// request cast (null for a replayed answer or a withdrawal; a replay reads it from the paper).
/// </summary>
public sealed record VoteAnswer(Vote Vote, string? Receipt);

/// <summary>
/// Records a batch of vote requests in one unit of work: one read for everything the batch needs,
/// each request decided on its own (one voter's broken rule is that voter's answer alone), and one
/// save for all the events and request records, written table by table (<see cref="VoteRows"/>).
/// The ballots' and sessions' locks are held shared, so a close or a phase change waits for the
/// batch to commit, or the batch sees it.
/// </summary>
internal static class VoteBatch
{
    /// <summary>Each request's answer: the vote as it stands after it, or the error it met. Throws, recording nothing, on a concurrent write.</summary>
    public static async Task<IReadOnlyList<(PendingVote Pending, VoteAnswer? Answer, Exception? Error)>> CommitAsync(
        IDocumentStore store, VoteRows rows, Electorates electorates, BallotKeys keys, IReadOnlyList<PendingVote> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var ballotIds = batch.Select(p => p.Request.BallotId).Distinct().ToList();
        var electorateOf = new Dictionary<Guid, Electorate>();
        foreach (var id in ballotIds)
            if (await electorates.FindAsync(id, cancellationToken) is { } electorate) electorateOf[id] = electorate;
        var sessionIds = electorateOf.Values.Select(e => e.SessionId).Distinct().ToList();
        await session.BeginTransactionAsync(cancellationToken);

        var query = session.CreateBatchQuery();
        var locked = TransactionLock.ShareAllFirst(query, ballotIds.Concat(sessionIds));
        var ballotsRead = query.LoadMany<Ballot>().ByIdList(ballotIds);
        var sessionsRead = query.LoadMany<Session>().ByIdList(sessionIds);
        var votesRead = query.LoadMany<Vote>().ByIdList(batch.Select(p => p.Request.VoteId).Distinct());
        var recordsRead = query.LoadMany<RequestRecord>().ByIdList(batch.Select(p => p.Request.Key.Id).Distinct());
        await query.Execute(cancellationToken);
        await locked;
        var ballots = (await ballotsRead).ToDictionary(b => b.Id);
        var sessions = (await sessionsRead).ToDictionary(s => s.Id);
        var stored = (await votesRead).ToDictionary(v => v.Id);
        var records = (await recordsRead).ToDictionary(r => r.Id);

        var votes = new Dictionary<Guid, Vote?>(stored.Select(v => KeyValuePair.Create(v.Key, (Vote?)v.Value)));
        var appended = new Dictionary<Guid, List<object>>();
        var answered = new Dictionary<string, (RequestKey Key, VoteAnswer Answer)>();
        var outcomes = new List<(PendingVote, VoteAnswer?, Exception?)>(batch.Count);
        foreach (var pending in batch)
        {
            var request = pending.Request;
            try
            {
                if (records.TryGetValue(request.Key.Id, out var record))
                    outcomes.Add((pending, new VoteAnswer(record.ResultFor<Vote>(request.Key), null), null));
                else if (answered.TryGetValue(request.Key.Id, out var earlier))
                    outcomes.Add((pending, earlier.Key.Fingerprint == request.Key.Fingerprint ? earlier.Answer : throw new RequestIdReused(request.Key), null));
                else
                {
                    var voteId = request.VoteId;
                    var current = votes.GetValueOrDefault(voteId);
                    var ballot = ballots.GetValueOrDefault(request.BallotId);
                    var electorate = electorateOf.GetValueOrDefault(request.BallotId);
                    var target = electorate is null ? null : sessions.GetValueOrDefault(electorate.SessionId);
                    if (ballot is null || electorate is null || target is null) throw new NotFound("ballot", request.BallotId);
                    var (change, receipt) = Decide(ballot, target, electorate, current, request, keys, now);
                    var vote = Fold<Vote>.Apply(current, voteId, [change]) with { Version = (current?.Version ?? 0) + 1 };
                    votes[voteId] = vote;
                    (appended.TryGetValue(voteId, out var events) ? events : appended[voteId] = []).Add(change);
                    answered[request.Key.Id] = (request.Key, new VoteAnswer(vote, receipt));
                    outcomes.Add((pending, new VoteAnswer(vote, receipt), null));
                }
            }
            catch (Exception e) when (e is RuleViolation or NotFound or RequestIdReused or InvalidInput)
            {
                outcomes.Add((pending, null, e));
            }
        }

        if (appended.Count == 0) return outcomes;
        rows.Queue(session,
            appended.Select(a => new VoteWrite(votes[a.Key]!, stored.GetValueOrDefault(a.Key)?.Version ?? 0, a.Value)).ToList(),
            answered.Values.Select(a => RequestRecord.For(a.Key, a.Answer.Vote, now)).ToList());
        await session.SaveChangesAsync(cancellationToken);
        return outcomes;
    }

    private static (object Change, string? Receipt) Decide(
        Ballot ballot, Session session, Electorate electorate, Vote? current, VoteRequest request, BallotKeys keys, DateTimeOffset now)
    {
        switch (request)
        {
            case CastRequest cast:
                var opened = new OpenedPaper(cast.Choice, cast.Marks, Receipts.New()) { Position = cast.Position };
                VotePaper Paper() => ballot.Secrecy == BallotSecrecy.Secret ? VotePaper.Sealing(keys.Seal(ballot.Id, opened)) : VotePaper.Open(opened);
                var command = new Cast(cast.BallotId, cast.VoterId, cast.Choice) { Marks = cast.Marks, Position = cast.Position };
                return (Cast.Decide(ballot, session, electorate, current, command, Paper, now),
                    opened.Receipt);
            case WithdrawRequest withdraw:
                return (Withdraw.Decide(ballot, session, electorate, current, new Withdraw(withdraw.BallotId, withdraw.VoterId), now), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown vote request.");
        }
    }
}
