using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Tests.Choices;

public class ChoiceValidationTests
{
    private static IReadOnlyList<FieldViolation> Violations(Action tally) => Assert.Throws<TallyInputError>(tally).Violations;

    [Fact]
    public void An_unknown_option_and_a_repeated_option_name_ballot_and_position()
    {
        var v = Violations(() => Schulze.Tally(["a", "b", "c"], [RankedBallot.Of("a", "b"), RankedBallot.Of("c", "x"), RankedBallot.Of("b", "a", "b")]));

        Assert.Equal(
            [new FieldViolation("ballots[1].ranking[1]", "\"x\" is not an option."), new FieldViolation("ballots[2].ranking[2]", "\"b\" is ranked twice.")],
            v);
    }

    [Fact]
    public void Instant_runoff_rejects_tied_ranks_that_Schulze_accepts()
    {
        var tied = RankedBallot.WithTies(1, ["a", "b"], ["c"]);

        Assert.Equal("ballots[0].ranks[1]", Assert.Single(Violations(() => InstantRunoff.Tally(["a", "b", "c"], [tied]))).Path);
        Assert.NotNull(Schulze.Tally(["a", "b", "c"], [tied]));
    }

    [Fact]
    public void Ranks_must_start_at_one_not_decrease_and_match_the_ranking()
    {
        var v = Violations(() => Borda.Tally(["a", "b", "c"],
        [
            new RankedBallot(["a", "b"], 1, [0, 1]),
            new RankedBallot(["a", "b"], 1, [2, 1]),
            new RankedBallot(["a", "b"], 1, [1]),
        ]));

        Assert.Equal(["ballots[0].ranks[0]", "ballots[1].ranks[1]", "ballots[2].ranks"], v.Select(x => x.Path));
    }

    [Fact]
    public void Scores_outside_the_range_and_scores_given_twice_are_reported()
    {
        var v = Violations(() => Score.Tally(["a", "b"],
            [new ScoreBallot([new("a", 11), new("b", 3)]), new ScoreBallot([new("b", 1), new("b", 2)])], new ScoreRange(0, 10)));

        Assert.Equal(["ballots[0].scores[0].score", "ballots[1].scores[1].option"], v.Select(x => x.Path));
    }

    [Fact]
    public void Empty_or_repeated_option_lists_and_negative_weights_are_reported()
    {
        Assert.Equal("options", Assert.Single(Violations(() => Approval.Tally([], []))).Path);
        Assert.Equal("options[2]", Assert.Single(Violations(() => Approval.Tally(["a", "b", "a"], []))).Path);
        Assert.Equal(["ballots[0].weight", "ballots[0].approved[1]"],
            Violations(() => Approval.Tally(["a", "b"], [new ApprovalBallot(["a", "a"], -2)])).Select(x => x.Path));
        Assert.Equal("ballots[0].option", Assert.Single(Violations(() => Plurality.Tally(["a"], [new PluralityBallot("z")]))).Path);
    }

    [Fact]
    public void A_priority_tie_break_must_list_every_option()
    {
        Assert.Equal("tieBreak.priority", Assert.Single(Violations(() => Approval.Tally(["a", "b"], [], TieBreak.ByPriority("a")))).Path);
        Assert.Equal("tieBreak.priority[1]", Assert.Single(Violations(() => Approval.Tally(["a", "b"], [], TieBreak.ByPriority("a", "z")))).Path);
    }
}
