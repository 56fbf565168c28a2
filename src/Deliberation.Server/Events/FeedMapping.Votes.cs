using Deliberation.Api.V1;
using Deliberation.Server.Ballots;
using Model = Deliberation.Domain.Ballots;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    /// <summary>
    /// Votes, the same for every member: who voted, changed or withdrew (participation is public on every
    /// ballot), the choice only on a public ballot, the receipt never. A results-hidden or secret ballot's
    /// choices reach nobody, moderators included, not even after the close: BallotClosed brings the result.
    /// </summary>
    private static (Type Type, Mapping Mapping)[] Votes =>
    [
        ForAllAsync<Model.CastVote.VoteCast>(async (e, context) =>
        {
            var (choice, marks, position) = await ShownAsync(e.BallotId, e.Paper, context);
            return new SessionEvent { VoteCast = new() { BallotId = e.BallotId.ToString(), VoterId = e.VoterId.ToString(), Choice = choice, Marks = marks, Position = position } };
        }),
        ForAllAsync<Model.CastVote.VoteChanged>(async (e, context) =>
        {
            var (choice, marks, position) = await ShownAsync(e.BallotId, e.Paper, context);
            return new SessionEvent { VoteChanged = new() { BallotId = e.BallotId.ToString(), VoterId = e.VoterId.ToString(), Choice = choice, Marks = marks, Position = position } };
        }),
        ForAll<Model.WithdrawVote.VoteWithdrawn>((e, _) =>
            new SessionEvent { VoteWithdrawn = new() { BallotId = e.BallotId.ToString(), VoterId = e.VoterId.ToString() } }),
    ];

    /// <summary>The choice, marks or position on a public ballot; nothing on any other (its secrecy comes from the electorate every node caches).</summary>
    private static async Task<(VoteChoice Choice, BallotMarks? Marks, TallyConsentChoice Position)> ShownAsync(Guid ballotId, Model.VotePaper paper, FeedContext context) =>
        await context.SecrecyAsync(ballotId) == Model.BallotSecrecy.Public
            ? (Tally.TallyMapping.ToApi(paper.Choice), paper.Marks?.ToApi(), Tally.TallyMapping.ToApi(paper.Position))
            : (VoteChoice.Unspecified, null, TallyConsentChoice.Unspecified);
}
