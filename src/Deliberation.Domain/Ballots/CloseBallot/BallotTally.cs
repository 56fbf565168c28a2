using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;
using TallyElectorate = Deliberation.Tally.Motions.Electorate;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>One vote as the tally counts it: the choice, its weight, and the voter's groups as they were when the ballot opened.</summary>
public sealed record TalliedVote(MotionChoice Choice, int Weight, IReadOnlyDictionary<string, string> Groups);

/// <summary>
/// Counts a ballot's votes under its rule with the tally library: the result with the library's own
/// sentence, and the breakdown by every group value of the electorate. Pure.
/// </summary>
public static class BallotTally
{
    /// <summary>On a secret ballot, a group value with fewer voters than this shows participation but no counts.</summary>
    public const int FewestToShow = 3;

    public static (MotionResult Result, IReadOnlyList<GroupVotes> Breakdown) Count(
        BallotRule rule, Electorate electorate, BallotSecrecy secrecy, IReadOnlyCollection<TalliedVote> votes)
    {
        var eligible = new TallyElectorate(electorate.Voters.Values.Sum(v => v.Weight));
        var ballots = votes.Select(v => new MotionBallot(v.Choice, v.Weight,
            rule.Dimension is { } dimension && v.Groups.TryGetValue(dimension, out var value) ? [value] : [])).ToList();
        var (tally, held) = Decide(rule, eligible, ballots, electorate);
        var result = new MotionResult((int)tally.Yes, (int)tally.No, (int)tally.Abstain, (int)tally.Base, held.Adopted, held.Text);
        return (result, Breakdown(rule, secrecy, votes, held.Groups));
    }

    private static (MotionTally Overall, (bool Adopted, string Text, IReadOnlyDictionary<string, bool> Groups) Decision) Decide(
        BallotRule rule, TallyElectorate eligible, IReadOnlyList<MotionBallot> ballots, Electorate electorate)
    {
        if (rule.Dimension is null)
        {
            var motion = Motion.Tally(ballots, rule.Motion, eligible);
            return (motion, (motion.Adopted, motion.Text, new Dictionary<string, bool>()));
        }
        var groups = rule.Values.ToDictionary(v => v, v => new TallyElectorate(
            electorate.Voters.Values.Where(e => e.Groups.GetValueOrDefault(rule.Dimension) == v).Sum(e => e.Weight)));
        var multiple = MultipleMajority.Tally(ballots, new MultipleMajorityRule(rule.Motion, rule.Values.Select(v => new GroupRequirement(v, rule.Motion)).ToList()),
            eligible, groups);
        return (multiple.Overall, (multiple.Adopted, multiple.Text, multiple.Groups.ToDictionary(g => g.Group, g => g.Held)));
    }

    private static List<GroupVotes> Breakdown(BallotRule rule, BallotSecrecy secrecy, IReadOnlyCollection<TalliedVote> votes, IReadOnlyDictionary<string, bool> held) =>
        votes.SelectMany(v => v.Groups.Select(g => (Group: (g.Key, g.Value), Vote: v)))
            .GroupBy(x => x.Group)
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var required = g.Key.Key == rule.Dimension && held.ContainsKey(g.Key.Value);
                var withheld = secrecy == BallotSecrecy.Secret && g.Count() < FewestToShow;
                int Sum(MotionChoice choice) => withheld ? 0 : g.Where(x => x.Vote.Choice == choice).Sum(x => x.Vote.Weight);
                return new GroupVotes(g.Key.Key, g.Key.Value, g.Count(), Sum(MotionChoice.Yes), Sum(MotionChoice.No), Sum(MotionChoice.Abstain),
                    required, required && held[g.Key.Value], withheld);
            })
            .ToList();
}
