using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.CountedBatches;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Ballots.Options;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Tally;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>Ballots on a set of options: choices, elections and participatory budgets, counted by the tally library.</summary>
public class OptionsBallotTests
{
    private static readonly Func<string, OpenedPaper> NothingSealed = _ => throw new InvalidOperationException("Nothing is sealed here.");

    [Fact]
    public void An_options_ballot_opens_in_the_session_named_with_its_options_and_rule_and_no_proposal()
    {
        var session = Given.VotingSession();
        var options = Given.Options(new OptionsRule(OptionsMethod.Schulze));
        var voter = Join(session);

        var opened = OpenBallot.Decide(null, session, [voter], Command(session, options), Given.Now);

        Assert.Equal((session.Id, (Guid?)null, options, MarkForm.Ranking), (opened.SessionId, opened.ProposalId, opened.Options, opened.Options!.Rule.Form));
        Assert.Equal([voter.Id], opened.Electorate.Select(e => e.ParticipantId));
    }

    [Theory]
    [InlineData(OptionsMethod.Plurality)]
    [InlineData(OptionsMethod.Approval)]
    [InlineData(OptionsMethod.Score)]
    [InlineData(OptionsMethod.Borda)]
    [InlineData(OptionsMethod.InstantRunoff)]
    [InlineData(OptionsMethod.Schulze)]
    [InlineData(OptionsMethod.RankedPairs)]
    [InlineData(OptionsMethod.Stv)]
    [InlineData(OptionsMethod.SequentialPhragmen)]
    [InlineData(OptionsMethod.GreedyBudget)]
    [InlineData(OptionsMethod.EqualShares)]
    public void Every_method_of_the_library_opens_and_closes_even_when_nobody_voted(OptionsMethod method)
    {
        var session = Given.VotingSession();
        var rule = new OptionsRule(method) { Budget = 100 };
        var options = rule.IsBudget ? Given.Options(rule, 10, 20, 30) : Given.Options(rule);
        OpenBallot.Decide(null, session, [], Command(session, options), Given.Now);
        var ballot = Given.OptionsBallot(session, options);

        var closed = CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), [], NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal([0m, 0m, 0m], closed.OptionsResult!.Totals.Select(t => t.Total));
        Assert.Equal(0, closed.Turnout.Voted);
    }

    [Fact]
    public void A_label_in_a_language_the_session_does_not_work_in_is_refused_naming_the_option()
    {
        var session = Given.VotingSession();
        var options = Given.Options(new OptionsRule(OptionsMethod.Plurality));
        options = options with { Options = [options.Options[0], options.Options[1] with { Label = LocalizedText.Of(("fr", "B")) }, options.Options[2]] };

        var error = Assert.Throws<InvalidInput>(() => OpenBallot.Decide(null, session, [], Command(session, options), Given.Now));

        Assert.Equal("options.options[1].label", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void A_budgets_projects_need_costs_and_no_other_methods_options_have_any()
    {
        var session = Given.VotingSession();

        var uncosted = Assert.Throws<InvalidInput>(() => OpenBallot.Decide(null, session, [],
            Command(session, Given.Options(new OptionsRule(OptionsMethod.GreedyBudget) { Budget = 100 }, 50, 0, 10)), Given.Now));
        var costed = Assert.Throws<InvalidInput>(() => OpenBallot.Decide(null, session, [],
            Command(session, Given.Options(new OptionsRule(OptionsMethod.Approval), 50, 20, 10)), Given.Now));

        Assert.Equal(["options.options[1].cost"], uncosted.Problems.Select(p => p.Field));
        Assert.Equal(["options.options[0].cost", "options.options[1].cost", "options.options[2].cost"], costed.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("stv-seats", "options.stv.seats")]
    [InlineData("duplicate-key", "options.options[2]")]
    [InlineData("duplicate-project", "options.options[2].key")]
    [InlineData("priority", "options.tie_break.priority")]
    [InlineData("score-range", "options.score")]
    public void What_the_tally_library_cannot_count_is_refused_at_opening_naming_the_field(string problem, string field)
    {
        var session = Given.VotingSession();
        var options = problem switch
        {
            "stv-seats" => Given.Options(new OptionsRule(OptionsMethod.Stv) { Seats = 4 }),
            "duplicate-key" => WithThirdKey(Given.Options(new OptionsRule(OptionsMethod.Borda)), "a"),
            "duplicate-project" => WithThirdKey(Given.Options(new OptionsRule(OptionsMethod.EqualShares) { Budget = 100 }, 10, 20, 30), "a"),
            "priority" => Given.Options(new OptionsRule(OptionsMethod.Approval) { TieBreak = TieBreak.ByPriority("a", "b") }),
            _ => Given.Options(new OptionsRule(OptionsMethod.Score) { ScoreMin = 5, ScoreMax = 5 }),
        };

        var error = Assert.Throws<InvalidInput>(() => OpenBallot.Decide(null, session, [], Command(session, options), Given.Now));

        Assert.Equal(field, Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void Marks_name_options_of_the_ballot_once_each_and_are_refused_field_by_field_otherwise()
    {
        var ballot = Given.OptionsBallot(Given.VotingSession(), Given.Options(new OptionsRule(OptionsMethod.InstantRunoff)));

        var problems = new OptionMarks(["b", "z", "b"]).ProblemsOn(ballot.Options!);

        Assert.Equal([("marks.options[1]", "\"z\" is not an option of this ballot"), ("marks.options[2]", "\"b\" is marked twice")],
            problems.Select(p => (p.Field, p.Problem)));
    }

    [Fact]
    public void A_plurality_paper_marks_one_option_or_none_and_takes_no_scores()
    {
        var options = Given.Options(new OptionsRule(OptionsMethod.Plurality));

        Assert.Empty(new OptionMarks(["a"]).ProblemsOn(options));
        Assert.Empty(new OptionMarks([]).ProblemsOn(options));
        Assert.Equal(["marks.options"], new OptionMarks(["a", "b"]).ProblemsOn(options).Select(p => p.Field));
        Assert.Equal(["marks.scores"], new OptionMarks(["a"], [3]).ProblemsOn(options).Select(p => p.Field));
    }

    [Fact]
    public void A_score_paper_gives_one_whole_score_within_the_range_for_each_option_marked()
    {
        var options = Given.Options(new OptionsRule(OptionsMethod.Score) { ScoreMin = -2, ScoreMax = 2 });

        Assert.Empty(new OptionMarks(["a", "c"], [2, -2]).ProblemsOn(options));
        Assert.Equal(["marks.scores"], new OptionMarks(["a", "c"], [2]).ProblemsOn(options).Select(p => p.Field));
        Assert.Equal(["marks.scores[1]"], new OptionMarks(["a", "c"], [2, 3]).ProblemsOn(options).Select(p => p.Field));
    }

    [Fact]
    public void A_motion_takes_a_choice_and_an_options_ballot_marks_each_refusing_the_other()
    {
        var session = Given.VotingSession();
        var motion = Given.OpenBallot(session);
        var options = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Approval)));

        var marksOnMotion = Assert.Throws<InvalidInput>(() => CastVote.Decide(motion, session, Given.ElectorateOf(motion), null,
            new CastVote(motion.Id, Given.Arta, null) { Marks = new OptionMarks(["a"]) }, () => throw new InvalidOperationException(), Given.Now));
        var choiceOnOptions = Assert.Throws<InvalidInput>(() => CastVote.Decide(options, session, Given.ElectorateOf(options), null,
            new CastVote(options.Id, Given.Arta, MotionChoice.Yes), () => throw new InvalidOperationException(), Given.Now));
        var unknown = Assert.Throws<InvalidInput>(() => CastVote.Decide(options, session, Given.ElectorateOf(options), null,
            new CastVote(options.Id, Given.Arta, null) { Marks = new OptionMarks(["q"]) }, () => throw new InvalidOperationException(), Given.Now));

        Assert.Equal(("marks", "choice", "marks.options[0]"), (Assert.Single(marksOnMotion.Problems).Field, Assert.Single(choiceOnOptions.Problems).Field,
            Assert.Single(unknown.Problems).Field));
    }

    [Fact]
    public void Marks_that_fit_are_cast_on_the_paper()
    {
        var session = Given.VotingSession();
        var ballot = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Approval)));
        var marks = new OptionMarks(["c", "a"]);

        var cast = Assert.IsType<VoteCast>(CastVote.Decide(ballot, session, Given.ElectorateOf(ballot), null,
            new CastVote(ballot.Id, Given.Arta, null) { Marks = marks }, () => VotePaper.Open(new(null, marks, "R1")), Given.Now));

        Assert.Equal((new OptionMarks(["c", "a"]), (MotionChoice?)null), (cast.Paper.Marks, cast.Paper.Choice));
    }

    [Fact]
    public void Closing_counts_the_marks_by_the_ballots_method_and_publishes_them_with_the_receipts()
    {
        var ballot = Given.OptionsBallot(Given.VotingSession(), Given.Options(new OptionsRule(OptionsMethod.Plurality)));
        Vote[] votes = [Given.Marked(ballot, Given.Arta, "b"), Given.Marked(ballot, Given.Milan, "b"), Given.Marked(ballot, Given.Drita)];

        var closed = CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), votes, NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        var result = closed.OptionsResult!;
        Assert.Null(closed.Result);
        Assert.Equal(["b"], result.Chosen);
        Assert.Equal((true, 1, "votes"), (result.Decided, result.Blank, result.Measure));
        Assert.Equal([0m, 2m, 0m], result.Totals.Select(t => t.Total));
        Assert.Equal(3, closed.Turnout.Voted);
        Assert.Equal(votes.Select(v => v.Paper!.Marks), closed.Record.Select(v => v.Marks));
        Assert.Equal(result, ballot.Apply(closed).OptionsResult);
    }

    [Fact]
    public void A_secret_options_ballot_is_counted_from_the_unsealed_papers_and_its_record_names_no_voter()
    {
        var session = Given.VotingSession();
        var ballot = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Borda)), secrecy: BallotSecrecy.Secret);
        var sealedVote = Vote.Create(new VoteCast(Vote.IdFor(ballot.Id, Given.Arta), ballot.Id, Given.Arta, VotePaper.Sealing("s1"), Given.Now, ballot.SessionId));

        var closed = CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), [sealedVote],
            s => s == "s1" ? new OpenedPaper(null, new OptionMarks(["c", "b"]), "R9") : throw new ArgumentException(s), new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal(["c"], closed.OptionsResult!.Chosen);
        var line = Assert.Single(closed.Record);
        Assert.Equal(("R9", new OptionMarks(["c", "b"]), (Guid?)null), (line.Receipt, line.Marks, line.VoterId));
    }

    [Fact]
    public void A_participatory_budget_funds_projects_within_the_budget_and_says_what_they_cost()
    {
        var ballot = Given.OptionsBallot(Given.VotingSession(), Given.Options(new OptionsRule(OptionsMethod.GreedyBudget) { Budget = 100 }, 60, 50, 40));
        Vote[] votes = [Given.Marked(ballot, Given.Arta, "a", "b"), Given.Marked(ballot, Given.Milan, "a", "c"), Given.Marked(ballot, Given.Drita, "b", "c", "a")];

        var result = CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), votes, NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now).OptionsResult!;

        // a (3 approvals, 60) first; b (2, 50) no longer fits; c (2, 40) does.
        Assert.Equal(["a", "c"], result.Chosen);
        Assert.Equal((true, 100m, "approvals"), (result.Decided, result.Spent, result.Measure));
        Assert.Equal([3m, 2m, 2m], result.Totals.Select(t => t.Total));
    }

    [Fact]
    public void A_proxy_holders_marks_count_with_the_grantors_weight_too()
    {
        var session = Given.VotingSession();
        var ballot = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Approval)));
        var proxy = Domain.Ballots.Proxies.Proxy.Create(new Domain.Ballots.Proxies.ProxyGranted(session.Id, Given.Drita, Given.Arta, null, Actor.Operator, Given.Now));

        var closed = CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), [Given.Marked(ballot, Given.Arta, "c"), Given.Marked(ballot, Given.Milan, "a")],
            NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now, [proxy]);

        Assert.Equal(["c"], closed.OptionsResult!.Chosen);
        Assert.Equal([1m, 0m, 2m], closed.OptionsResult.Totals.Select(t => t.Total));
    }

    [Fact]
    public void Closing_gives_each_group_value_the_totals_its_voters_gave_in_the_methods_measure_with_its_blank_papers()
    {
        var ballot = Given.OptionsBallot(Given.VotingSession(), Given.Options(new OptionsRule(OptionsMethod.Borda)));
        var electorate = Grouped(ballot, (Given.Arta, "north"), (Given.Milan, "north"), (Given.Drita, "south"));
        Vote[] votes = [Given.Marked(ballot, Given.Arta, "a", "b", "c"), Given.Marked(ballot, Given.Milan, "b", "a", "c"), Given.Marked(ballot, Given.Drita)];

        var result = CloseBallot.Decide(ballot, Given.Session("en"), electorate, votes, NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now).OptionsResult!;

        // Borda on three options: 2 points for a first place, 1 for a second.
        Assert.Equal("Borda points", result.Measure);
        Assert.Equal([("district", "north", 2, 0, false), ("district", "south", 1, 1, false)],
            result.ByGroup.Select(g => (g.Dimension, g.Value, g.Voted, g.Blank, g.Withheld)));
        Assert.Equal([3m, 3m, 0m], result.ByGroup[0].Totals.Select(t => t.Total));
        Assert.Equal([0m, 0m, 0m], result.ByGroup[1].Totals.Select(t => t.Total));
        Assert.Equal(result.Totals, result.ByGroup[0].Totals);
    }

    [Fact]
    public void On_a_secret_options_ballot_a_group_value_with_fewer_than_three_voters_shows_who_took_part_but_no_totals()
    {
        var session = Given.VotingSession();
        var ballot = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Approval)), secrecy: BallotSecrecy.Secret);
        Guid[] north = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], south = [Guid.NewGuid()];
        var electorate = Grouped(ballot, [.. north.Select(v => (v, "north")), .. south.Select(v => (v, "south"))]);
        var votes = north.Concat(south).Select(v => Vote.Create(new VoteCast(Vote.IdFor(ballot.Id, v), ballot.Id, v, VotePaper.Sealing($"s-{v}"), Given.Now, ballot.SessionId)));

        var result = CloseBallot.Decide(ballot, session, electorate, votes.ToList(), s => new OpenedPaper(null, new OptionMarks(["a"]), $"R-{s}"),
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now).OptionsResult!;

        Assert.Equal([("north", 3, false, 3), ("south", 1, true, 0)], result.ByGroup.Select(g => (g.Value, g.Voted, g.Withheld, (int)g.Totals.Sum(t => t.Total))));
        Assert.Empty(result.ByGroup[1].Totals);
        // Papers from the south's hall, published with the ballot, would come off its totals: they hide nobody.
        var hall = new BallotBatchRecorded(ballot.Id, ballot.SessionId, Guid.NewGuid(), BatchKind.Paper, 0, 0, 0, "district", "south", "", Actor.Operator, Given.Now)
            { Papers = [new(new OptionMarks(["b"]), 5)] };
        var withHall = CloseBallot.Decide(ballot.Apply(hall), session, electorate, votes.ToList(), s => new OpenedPaper(null, new OptionMarks(["a"]), $"R-{s}"),
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now).OptionsResult!;
        Assert.Equal((6, true), (withHall.ByGroup[1].Voted, withHall.ByGroup[1].Withheld));
    }

    [Fact]
    public void Papers_counted_in_the_room_count_by_their_marks_in_the_result_their_district_and_the_turnout_apart()
    {
        var session = Given.VotingSession().Apply(new Domain.Sessions.Groups.GroupDimensionDefined(Guid.Empty, new Domain.Sessions.Groups.GroupDimension(
            "district", LocalizedText.Of(("en", "District")), [new("north", LocalizedText.Of(("en", "North"))), new("south", LocalizedText.Of(("en", "South")))], false),
            Actor.Operator, Given.Now));
        var ballot = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Plurality)));
        var electorate = Grouped(ballot, (Given.Arta, "north"), (Given.Milan, "north"), (Given.Drita, "south"));
        var batch = Batch(ballot, [new(new OptionMarks(["c"]), 3), new(new OptionMarks([]), 1)]) with { Dimension = "district", Value = "south" };

        var recorded = RecordBallotBatch.Decide(ballot, session, batch, Given.Now);
        var closed = CloseBallot.Decide(ballot.Apply(recorded), session, electorate, [Given.Marked(ballot, Given.Arta, "b"), Given.Marked(ballot, Given.Milan, "b")],
            NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        var result = closed.OptionsResult!;
        Assert.Equal(["c"], result.Chosen);
        Assert.Equal(1, result.Blank);
        Assert.Equal([0m, 2m, 3m], result.Totals.Select(t => t.Total));
        Assert.Equal([("north", 2, "0 2 0", 0), ("south", 4, "0 0 3", 1)],
            result.ByGroup.Select(g => (g.Value, g.Voted, string.Join(' ', g.Totals.Select(t => t.Total)), g.Blank)));
        Assert.Equal((2, 4), (closed.Turnout.Voted, closed.Turnout.CountedInRoom));
        Assert.Equal(4, recorded.Votes);
    }

    [Fact]
    public void A_batch_fits_its_ballot_papers_with_fitting_marks_on_options_and_counts_of_choices_on_a_motion()
    {
        var session = Given.VotingSession();
        var options = Given.OptionsBallot(session, Given.Options(new OptionsRule(OptionsMethod.Plurality)));
        var motion = Given.OpenBallot(session);
        CountedPapers[] papers = [new(new OptionMarks(["a"]), 2), new(new OptionMarks(["z", "a"]), 1), new(new OptionMarks(["b"]), 0)];

        var choices = Assert.Throws<RuleViolation>(() => RecordBallotBatch.Decide(options, session, Batch(options, []) with { Yes = 1 }, Given.Now));
        var none = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(options, session, Batch(options, []), Given.Now));
        var unfit = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(options, session, Batch(options, papers), Given.Now));
        var onMotion = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(motion, session, Batch(motion, papers[..1]) with { Yes = 1 }, Given.Now));

        Assert.Equal(RuleViolationReason.NotAMotion, choices.Reason);
        Assert.Equal(["papers"], none.Problems.Select(p => p.Field));
        Assert.Equal(["papers[1].marks.options[0]", "papers[1].marks.options", "papers[2].count"], unfit.Problems.Select(p => p.Field));
        Assert.Equal(["papers"], onMotion.Problems.Select(p => p.Field));
    }

    private static RecordBallotBatch Batch(Ballot ballot, IReadOnlyList<CountedPapers> papers) =>
        new(ballot.Id, Guid.NewGuid(), BatchKind.Paper, 0, 0, 0, null, null, "", Actor.Operator) { Papers = papers };

    private static Domain.Ballots.Electorate Grouped(Ballot ballot, params (Guid Voter, string District)[] voters) => Given.Grouped(ballot, "district", voters);

    private static OpenBallot Command(Domain.Sessions.Session session, BallotOptions options) =>
        new(Guid.NewGuid(), null, BallotSecrecy.Public, false, null, Actor.Operator) { Options = options, SessionId = session.Id };

    private static BallotOptions WithThirdKey(BallotOptions options, string key) =>
        options with { Options = [options.Options[0], options.Options[1], options.Options[2] with { Key = key }] };

    private static Participant Join(Domain.Sessions.Session session) =>
        Participant.Create(new ParticipantJoined(Guid.NewGuid(), session.Id, Guid.NewGuid(), "p", false, Role.Participant, true, new Dictionary<string, string>(), Given.Now));
}
