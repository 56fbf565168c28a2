using Deliberation.Tally.Budgeting;
using Deliberation.Tally.Choices;
using Deliberation.Tally.Elections;
using FsCheck.Xunit;
using static Deliberation.Tally.Tests.Properties.RandomProfiles;

namespace Deliberation.Tally.Tests.Properties;

public class ElectionAndBudgetProperties
{
    private static List<Project> Projects(Random random, string[] ids) =>
        ids.Select(id => new Project(id, random.Next(0, 4) == 0 ? random.Next(1, 5) * 0.25m : random.Next(1, 60))).ToList();

    [Property(MaxTest = 200)]
    public bool Equal_shares_never_spends_more_than_the_budget(int seed, bool approvalUtility)
    {
        var random = new Random(seed);
        var ids = Options(random.Next(1, 8));
        var projects = Projects(random, ids);
        var budget = random.Next(0, 120) + random.Next(0, 4) * 0.3m;
        var ballots = Approvals(random, ids, random.Next(0, 15));
        var rule = new EqualSharesRule(approvalUtility ? EqualSharesUtility.Approval : EqualSharesUtility.Cost, TieBreak: TieBreak.ByLot("s"));

        var result = EqualShares.Tally(projects, budget, ballots, rule);

        var cost = result.Funded.Sum(id => projects.Single(p => p.Id == id).Cost);
        return cost == result.Spent && cost <= budget && result.Detail.Voters.All(v => v.Left >= 0);
    }

    [Property(MaxTest = 100)]
    public bool On_a_party_list_profile_equal_shares_funds_each_party_its_proportional_share(int seed)
    {
        // Each party's voters approve exactly that party's projects, all of cost 1. A party with n_p of n voters
        // gets at least floor(B · n_p / n) projects (when it has that many), before any completion.
        var random = new Random(seed);
        var parties = random.Next(1, 5);
        var sizes = Enumerable.Range(0, parties).Select(_ => random.Next(1, 30)).ToArray();
        var budget = random.Next(1, 20);
        var projects = Enumerable.Range(0, parties).SelectMany(p => Enumerable.Range(0, 20).Select(i => new Project($"p{p}-{i}", 1))).ToList();
        var ballots = Enumerable.Range(0, parties)
            .SelectMany(p => Enumerable.Repeat(new ApprovalBallot(Enumerable.Range(0, 20).Select(i => $"p{p}-{i}").ToList()), sizes[p]))
            .ToList();

        var result = EqualShares.Tally(projects, budget, ballots, new EqualSharesRule(Completion: EqualSharesCompletion.None, TieBreak: TieBreak.ByLot(seed.ToString())));

        var n = sizes.Sum();
        return Enumerable.Range(0, parties).All(p => result.Funded.Count(f => f.StartsWith($"p{p}-")) >= budget * sizes[p] / n)
            && result.Spent <= budget;
    }

    [Property(MaxTest = 100)]
    public bool A_ballot_of_weight_two_counts_as_two_identical_ballots_in_elections_and_budgets(int seed, byte pick)
    {
        var random = new Random(seed);
        var ids = Options(random.Next(2, 7));
        var tie = TieBreak.ByLot(seed.ToString());
        var ranked = Ranked(random, ids, random.Next(1, 12), ties: false, partial: true);
        var (r2, r1) = DoubleOne(ranked, pick, b => b.Weight, (b, w) => b with { Weight = w });
        var approvals = Approvals(random, ids, random.Next(1, 12));
        var (a2, a1) = DoubleOne(approvals, pick, b => b.Weight, (b, w) => b with { Weight = w });
        var seats = random.Next(1, ids.Length);
        var projects = Projects(random, ids);
        var budget = random.Next(1, 100);

        return Stv.Tally(ids, r2, new StvRule(seats, TieBreak: tie)).Text == Stv.Tally(ids, r1, new StvRule(seats, TieBreak: tie)).Text
            && SequentialPhragmen.Tally(ids, a2, seats, tie).Text == SequentialPhragmen.Tally(ids, a1, seats, tie).Text
            && Greedy.Tally(projects, budget, a2, tie).Text == Greedy.Tally(projects, budget, a1, tie).Text
            && EqualShares.Tally(projects, budget, a2, new EqualSharesRule(TieBreak: tie)).Text
               == EqualShares.Tally(projects, budget, a1, new EqualSharesRule(TieBreak: tie)).Text;
    }

    [Property(MaxTest = 100)]
    public bool Elections_and_budgets_are_deterministic_given_their_seed(int seed, string lotSeed)
    {
        if (string.IsNullOrEmpty(lotSeed)) return true;
        var random = new Random(seed);
        var ids = Options(random.Next(2, 7));
        var tie = TieBreak.ByLot(lotSeed);
        var ranked = Ranked(random, ids, random.Next(1, 12), ties: false, partial: true);
        var approvals = Approvals(random, ids, random.Next(1, 12));
        var seats = random.Next(1, ids.Length);
        var projects = Projects(random, ids);
        List<T> Rev<T>(List<T> x) => Enumerable.Reverse(x).ToList();

        return Stv.Tally(ids, ranked, new StvRule(seats, TieBreak: tie)).Elected.SequenceEqual(Stv.Tally(ids, Rev(ranked), new StvRule(seats, TieBreak: tie)).Elected)
            && SequentialPhragmen.Tally(ids, approvals, seats, tie).Text == SequentialPhragmen.Tally(ids, Rev(approvals), seats, tie).Text
            && Greedy.Tally(projects, 50, approvals, tie).Text == Greedy.Tally(projects, 50, Rev(approvals), tie).Text
            && EqualShares.Tally(projects, 50, approvals, new EqualSharesRule(TieBreak: tie)).Text
               == EqualShares.Tally(projects, 50, Rev(approvals), new EqualSharesRule(TieBreak: tie)).Text;
    }
}
