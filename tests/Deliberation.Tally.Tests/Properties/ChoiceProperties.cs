using Deliberation.Tally.Choices;
using FsCheck.Xunit;
using static Deliberation.Tally.Tests.Properties.RandomProfiles;

namespace Deliberation.Tally.Tests.Properties;

public class ChoiceProperties
{
    [Property(MaxTest = 200)]
    public bool A_Condorcet_winner_always_wins_under_Schulze_and_ranked_pairs(int seed, bool ties, bool margins)
    {
        var random = new Random(seed);
        var options = Options(random.Next(2, 6));
        var ballots = Ranked(random, options, random.Next(1, 12), ties, partial: true);
        var winner = CondorcetWinner(options, ballots);
        if (winner is null) return true;
        var strength = margins ? PairwiseStrength.Margins : PairwiseStrength.WinningVotes;

        return Schulze.Tally(options, ballots, strength).Winners.SequenceEqual([winner])
            && RankedPairs.Tally(options, ballots, strength).Winners.SequenceEqual([winner]);
    }

    [Property(MaxTest = 200)]
    public bool An_option_with_a_first_round_majority_always_wins_instant_runoff(int seed)
    {
        var random = new Random(seed);
        var options = Options(random.Next(2, 7));
        var others = Ranked(random, options, random.Next(0, 10), ties: false, partial: true);
        var favourite = options[random.Next(options.Length)];
        var rest = others.Sum(b => b.Weight);
        var majority = Ranked(random, options, 1, false, true)
            .Select(b => b with { Ranking = [favourite, .. b.Ranking.Where(o => o != favourite)], Weight = rest + 1 });
        var ballots = others.Concat(majority).OrderBy(_ => random.Next()).ToList();

        var result = InstantRunoff.Tally(options, ballots);

        return result.Winners.SequenceEqual([favourite]) && result.Detail.Rounds.Count == 1;
    }

    [Property(MaxTest = 100)]
    public bool A_ballot_of_weight_two_counts_as_two_identical_ballots_under_every_choice_rule(int seed, byte pick)
    {
        var random = new Random(seed);
        var options = Options(random.Next(2, 6));
        var tie = TieBreak.ByLot(seed.ToString());

        var strict = Ranked(random, options, random.Next(1, 10), ties: false, partial: true);
        var (s2, s1) = DoubleOne(strict, pick, b => b.Weight, (b, w) => b with { Weight = w });
        var withTies = Ranked(random, options, random.Next(1, 10), ties: true, partial: true);
        var (t2, t1) = DoubleOne(withTies, pick, b => b.Weight, (b, w) => b with { Weight = w });
        var approvals = Approvals(random, options, random.Next(1, 10));
        var (a2, a1) = DoubleOne(approvals, pick, b => b.Weight, (b, w) => b with { Weight = w });
        var plurality = strict.Select(b => new PluralityBallot(b.Ranking[0], b.Weight)).ToList();
        var (p2, p1) = DoubleOne(plurality, pick, b => b.Weight, (b, w) => b with { Weight = w });
        var scores = approvals.Select(b => new ScoreBallot(b.Approved.Select((o, i) => new OptionScore(o, i % 5)).ToList(), b.Weight)).ToList();
        var (c2, c1) = DoubleOne(scores, pick, b => b.Weight, (b, w) => b with { Weight = w });

        return Plurality.Tally(options, p2, tie).Text == Plurality.Tally(options, p1, tie).Text
            && Approval.Tally(options, a2, tie).Text == Approval.Tally(options, a1, tie).Text
            && Score.Tally(options, c2, new ScoreRange(0, 4), tie).Text == Score.Tally(options, c1, new ScoreRange(0, 4), tie).Text
            && Borda.Tally(options, t2, tie).Text == Borda.Tally(options, t1, tie).Text
            && Same(InstantRunoff.Tally(options, s2, tie), InstantRunoff.Tally(options, s1, tie))
            && Same(Schulze.Tally(options, t2, tieBreak: tie), Schulze.Tally(options, t1, tieBreak: tie))
            && Same(RankedPairs.Tally(options, t2, tieBreak: tie), RankedPairs.Tally(options, t1, tieBreak: tie));
    }

    [Property(MaxTest = 100)]
    public bool Every_choice_rule_is_deterministic_given_its_seed_and_ignores_ballot_order(int seed, string lotSeed)
    {
        if (string.IsNullOrEmpty(lotSeed)) return true;
        var random = new Random(seed);
        var options = Options(random.Next(2, 6));
        var tie = TieBreak.ByLot(lotSeed);
        var strict = Ranked(random, options, random.Next(1, 10), ties: false, partial: true);
        var withTies = Ranked(random, options, random.Next(1, 10), ties: true, partial: true);
        var approvals = Approvals(random, options, random.Next(1, 10));
        List<T> Rev<T>(List<T> x) => Enumerable.Reverse(x).ToList();

        return Approval.Tally(options, approvals, tie).Text == Approval.Tally(options, Rev(approvals), tie).Text
            && Borda.Tally(options, withTies, tie).Text == Borda.Tally(options, Rev(withTies), tie).Text
            && Same(InstantRunoff.Tally(options, strict, tie), InstantRunoff.Tally(options, Rev(strict), tie))
            && Same(Schulze.Tally(options, withTies, tieBreak: tie), Schulze.Tally(options, Rev(withTies), tieBreak: tie))
            && Same(RankedPairs.Tally(options, withTies, tieBreak: tie), RankedPairs.Tally(options, Rev(withTies), tieBreak: tie));
    }

    private static bool Same<T>(ChoiceResult<T> a, ChoiceResult<T> b) =>
        a.Text == b.Text && a.Winners.SequenceEqual(b.Winners) && a.Ties.Count == b.Ties.Count;
}
