using Deliberation.Tally.Groups;
using TallyElectorate = Deliberation.Tally.Motions.Electorate;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>
/// One position as the consent count takes it: what it weighs, and the voter's groups as they were when the ballot opened.
/// Positions counted in the room come as one line per position of a batch (<see cref="InRoom"/>): as many voters as the weight.
/// </summary>
public sealed record ConsentVote(ConsentChoice Position, int Weight, IReadOnlyDictionary<string, string> Groups, int Voters = 1, bool InRoom = false)
{
    public static IEnumerable<ConsentVote> Of(CountedBatches.BallotBatchRecorded batch) =>
        new[] { (ConsentChoice.Consent, batch.Positions.Consent), (ConsentChoice.StandAside, batch.Positions.StandAside), (ConsentChoice.Block, batch.Positions.Block) }
            .Where(p => p.Item2 > 0)
            .Select(p => new ConsentVote(p.Item1, p.Item2, batch.Groups, p.Item2, InRoom: true));
}

/// <summary>
/// Counts a consent ballot under its rule with the tally library: blocks overall, and with a group veto the
/// blocks inside each value of the rule's dimension; then the positions by every group value of the voters. Pure.
/// </summary>
public static class ConsentTally
{
    public static ConsentBallotResult Count(BallotRule rule, Electorate electorate, BallotSecrecy secrecy, IReadOnlyCollection<ConsentVote> votes)
    {
        var consent = rule.Consent ?? throw new ArgumentException("The ballot is not decided by consent.", nameof(rule));
        var ballots = votes.Select(v => new ConsentBallot(v.Position, v.Weight,
            rule.Dimension is { } dimension && v.Groups.TryGetValue(dimension, out var value) ? [value] : [])).ToList();
        // The room's voters could have voted on top of the electorate, as on a motion.
        var result = ConsentDecision.Tally(ballots, consent with { Groups = rule.Dimension is null ? null : rule.Values },
            new TallyElectorate(electorate.Voters.Values.Sum(e => e.Weight) + votes.Where(v => v.InRoom).Sum(v => v.Weight)));
        return new ConsentBallotResult((int)result.Consent, (int)result.StandAside, (int)result.Block, result.Outcome, result.Text,
            Breakdown(rule, secrecy, votes, result.StoppingGroups));
    }

    private static List<GroupConsent> Breakdown(BallotRule rule, BallotSecrecy secrecy, IReadOnlyCollection<ConsentVote> votes, IReadOnlyList<string> stopping) =>
        GroupValues.Of(votes, v => v.Groups)
            .Select(g =>
            {
                var vetoes = g.Key.Dimension == rule.Dimension && rule.Values.Contains(g.Key.Value);
                var voted = g.Sum(v => v.Voters);
                var withheld = BallotTally.Withholds(secrecy, g.Where(v => !v.InRoom).Sum(v => v.Voters));
                int Sum(ConsentChoice position) => withheld ? 0 : g.Where(v => v.Position == position).Sum(v => v.Weight);
                return new GroupConsent(g.Key.Dimension, g.Key.Value, voted, Sum(ConsentChoice.Consent), Sum(ConsentChoice.StandAside), Sum(ConsentChoice.Block),
                    vetoes, vetoes && stopping.Contains(g.Key.Value), withheld);
            })
            .ToList();
}
