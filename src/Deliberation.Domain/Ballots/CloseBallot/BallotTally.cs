using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;
using TallyElectorate = Deliberation.Tally.Motions.Electorate;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>
/// One vote as the tally counts it: the choice, its weight, and the voter's groups as they were when the ballot
/// opened. Votes counted in the room come as one line per choice of a batch (<see cref="InRoom"/>): as many voters as the weight.
/// </summary>
public sealed record TalliedVote(MotionChoice Choice, int Weight, IReadOnlyDictionary<string, string> Groups, int Voters = 1, bool InRoom = false)
{
    public static IEnumerable<TalliedVote> Of(CountedBatches.BallotBatchRecorded batch)
    {
        var groups = batch.Groups;
        return new[] { (MotionChoice.Yes, batch.Yes), (MotionChoice.No, batch.No), (MotionChoice.Abstain, batch.Abstain) }
            .Where(c => c.Item2 > 0)
            .Select(c => new TalliedVote(c.Item1, c.Item2, groups, c.Item2, InRoom: true));
    }
}

/// <summary>
/// Counts a ballot's votes under its rule with the tally library: the result with the library's own
/// sentence, and the breakdown by every group value of the electorate. Pure.
/// </summary>
public static class BallotTally
{
    /// <summary>On a secret ballot, a group value with fewer voters online than this shows participation but no counts.</summary>
    public const int FewestToShow = 3;

    /// <summary>
    /// Whether a group value's counts would tell its secret voters' choices: on a secret ballot, when one or two of them
    /// voted online. Votes counted in the room do not hide them: the batches' counts are published, and come off the totals.
    /// </summary>
    public static bool Withholds(BallotSecrecy secrecy, int votedOnline) => secrecy == BallotSecrecy.Secret && votedOnline is > 0 and < FewestToShow;

    public static (MotionResult Result, IReadOnlyList<GroupVotes> Breakdown) Count(
        BallotRule rule, Electorate electorate, BallotSecrecy secrecy, IReadOnlyCollection<TalliedVote> votes)
    {
        var ballots = votes.Select(v => new MotionBallot(v.Choice, v.Weight,
            rule.Dimension is { } dimension && v.Groups.TryGetValue(dimension, out var value) ? [value] : [])).ToList();
        var (tally, held) = Decide(rule, ballots, electorate, votes.Where(v => v.InRoom).ToList());
        var result = new MotionResult((int)tally.Yes, (int)tally.No, (int)tally.Abstain, (int)tally.Base, held.Adopted, held.Text);
        return (result, Breakdown(rule, secrecy, votes, held.Groups));
    }

    /// <remarks>
    /// Who could have voted: the electorate, plus whoever voted in the room, whom the engine does not know
    /// apart from the electors (so a base of "all eligible" counts them on top), overall and per value.
    /// </remarks>
    private static (MotionTally Overall, (bool Adopted, string Text, IReadOnlyDictionary<string, bool> Groups) Decision) Decide(
        BallotRule rule, IReadOnlyList<MotionBallot> ballots, Electorate electorate, IReadOnlyList<TalliedVote> inRoom)
    {
        var eligible = new TallyElectorate(electorate.Voters.Values.Sum(v => v.Weight) + inRoom.Sum(v => v.Weight));
        if (rule.Dimension is null)
        {
            var motion = Motion.Tally(ballots, rule.Motion, eligible);
            return (motion, (motion.Adopted, motion.Text, new Dictionary<string, bool>()));
        }
        var groups = rule.Values.ToDictionary(v => v, v => new TallyElectorate(
            electorate.Voters.Values.Where(e => e.Groups.GetValueOrDefault(rule.Dimension) == v).Sum(e => e.Weight)
            + inRoom.Where(r => r.Groups.GetValueOrDefault(rule.Dimension) == v).Sum(r => r.Weight)));
        var multiple = MultipleMajority.Tally(ballots, new MultipleMajorityRule(rule.Motion, rule.Values.Select(v => new GroupRequirement(v, rule.Motion)).ToList()),
            eligible, groups);
        return (multiple.Overall, (multiple.Adopted, multiple.Text, multiple.Groups.ToDictionary(g => g.Group, g => g.Held)));
    }

    private static List<GroupVotes> Breakdown(BallotRule rule, BallotSecrecy secrecy, IReadOnlyCollection<TalliedVote> votes, IReadOnlyDictionary<string, bool> held) =>
        GroupValues.Of(votes, v => v.Groups)
            .Select(g =>
            {
                var required = g.Key.Dimension == rule.Dimension && held.ContainsKey(g.Key.Value);
                var voted = g.Sum(v => v.Voters);
                var withheld = Withholds(secrecy, g.Where(v => !v.InRoom).Sum(v => v.Voters));
                int Sum(MotionChoice choice) => withheld ? 0 : g.Where(v => v.Choice == choice).Sum(v => v.Weight);
                return new GroupVotes(g.Key.Dimension, g.Key.Value, voted, Sum(MotionChoice.Yes), Sum(MotionChoice.No), Sum(MotionChoice.Abstain),
                    required, required && held[g.Key.Value], withheld);
            })
            .ToList();
}
