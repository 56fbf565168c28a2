using Deliberation.Api.V1;
using Deliberation.Server.Ballots;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    /// <summary>
    /// Ballots as every member may read them (GetBallot): what is voted on and by which rule when it opens,
    /// the votes counted in the room, the result once it closes. Never a vote: no choice, no receipt, no running total
    /// (a batch's counts only on a public ballot).
    /// </summary>
    private static (Type Type, Mapping Mapping)[] Ballots =>
    [
        ForAll<Model.OpenBallot.BallotOpened>((e, _) => new SessionEvent { BallotOpened = new() { Ballot = Model.Ballot.Create(e).ToApi(0, null) } }),
        // Recorded while the ballot is open: its counts by choice are running totals, shown only where those are.
        ForAllAsync<Model.CountedBatches.BallotBatchRecorded>(async (e, context) => new SessionEvent
        {
            BallotBatchRecorded = new() { BallotId = e.BallotId.ToString(), Batch = e.ToApi(showCounts: await context.SecrecyAsync(e.BallotId) == Model.BallotSecrecy.Public) },
        }),
        ForAll<Model.CloseBallot.BallotClosed>((e, _) => new SessionEvent
        {
            BallotClosed = new()
            {
                BallotId = e.BallotId.ToString(), Result = e.Result?.ToApi(e.Breakdown), OptionsResult = e.OptionsResult?.ToApi(), ConsentResult = e.ConsentResult?.ToApi(), Turnout = e.Turnout.ToApi(),
            },
        }),
    ];
}
