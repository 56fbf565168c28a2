using Deliberation.Domain.Ballots.Options;
using Deliberation.Domain.Common;
using Deliberation.Tally;
using FsCheck.Xunit;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>
/// What a recount from the published record relies on: a secret ballot's record lists one line per unit of weight,
/// in receipt order, so the count must not depend on the order of the papers nor on a weight being split into that many papers.
/// </summary>
public class OptionsTallyProperties
{
    private static readonly OptionsMethod[] Methods = Enum.GetValues<OptionsMethod>();

    [Property(MaxTest = 300)]
    public void Counting_the_papers_one_unit_of_weight_at_a_time_in_any_order_gives_the_same_result(int seed)
    {
        var random = new Random(seed);
        var (ballot, papers) = Ballot(random);

        var weighted = OptionsTally.Count(ballot, papers);
        var split = OptionsTally.Count(ballot, papers.SelectMany(p => Enumerable.Repeat(p with { Weight = 1 }, p.Weight)).OrderBy(_ => random.Next()).ToList());

        Assert.Equal(weighted.Chosen, split.Chosen);
        Assert.Equal((weighted.Decided, weighted.Blank, weighted.Spent), (split.Decided, split.Blank, split.Spent));
        Assert.Equal(weighted.Totals, split.Totals);
    }

    [Property(MaxTest = 300)]
    public void Over_a_dimension_every_voter_holds_the_group_values_totals_add_up_to_the_overall_ones(int seed)
    {
        var (ballot, papers) = Ballot(new Random(seed));

        var overall = OptionsTally.Count(ballot, papers);
        var byGroup = OptionsTally.ByGroup(ballot, Domain.Ballots.BallotSecrecy.Public, papers);

        Assert.Equal(overall.Totals.Select(t => t.Total), overall.Totals.Select(t => byGroup.Sum(g => g.Totals.Single(o => o.Option == t.Option).Total)));
        Assert.Equal((papers.Count, overall.Blank), (byGroup.Sum(g => g.Voted), byGroup.Sum(g => g.Blank)));
    }

    /// <summary>
    /// A ballot of 2-6 options under a random method (with a lot as tie-break half the time), and 0-30 papers that fit
    /// it, each of a voter in one of three districts.
    /// </summary>
    private static (BallotOptions Ballot, List<MarkedPaper> Papers) Ballot(Random random)
    {
        var keys = Enumerable.Range(0, random.Next(2, 7)).Select(i => $"o{i}").ToList();
        var method = Methods[random.Next(Methods.Length)];
        var rule = new OptionsRule(method)
        {
            Seats = random.Next(1, keys.Count + 1), Budget = random.Next(0, 100), ScoreMin = 0, ScoreMax = 5,
            TieBreak = random.Next(2) == 0 ? TieBreak.ByLot($"seed-{random.Next()}") : null,
        };
        var options = new BallotOptions(keys.Select(k => new BallotOption(k, LocalizedText.Of(("en", k)), rule.IsBudget ? random.Next(1, 60) : null)).ToList(), rule);
        var papers = Enumerable.Range(0, random.Next(0, 31)).Select(_ => new MarkedPaper(Marks(random, keys, rule.Form), random.Next(1, 5),
            new Dictionary<string, string> { ["district"] = $"d{random.Next(3)}" })).ToList();
        return (options, papers);
    }

    private static OptionMarks Marks(Random random, List<string> keys, MarkForm form)
    {
        var marked = keys.OrderBy(_ => random.Next()).Take(random.Next(0, form == MarkForm.One ? 2 : keys.Count + 1)).ToList();
        return form == MarkForm.Scores ? new OptionMarks(marked, marked.Select(_ => random.Next(0, 6)).ToList()) : new OptionMarks(marked);
    }
}
