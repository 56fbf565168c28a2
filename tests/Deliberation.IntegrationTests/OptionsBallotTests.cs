using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using System.Text.RegularExpressions;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Ballots on a set of options over gRPC: a choice among options, a ranked choice, a participatory budget.</summary>
public class OptionsBallotTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_participatory_budget_funds_by_equal_shares_and_anyone_can_recount_it_from_the_published_record()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        await room.EnterVotingPhaseAsync();
        var budget = new BallotOptions
        {
            Options = { Option("park", "Park", "40000"), Option("library", "Library", "50000"), Option("bikes", "Bike lanes", "30000") },
            EqualShares = new TallyEqualSharesRule { Budget = "100000" },
        };
        var ballot = await OpenAsync(room, budget);
        await CastAsync(room["arta"], ballot, "park", "bikes");
        await CastAsync(room["milan"], ballot, "library", "bikes");
        await CastAsync(room["drita"], ballot, "park", "bikes");

        var closed = await CloseAsync(room, ballot);
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((MarkForm.Approvals, "100000"), (ballot.Form, ballot.Options.EqualShares.Budget));
        Assert.Equal(["40000", "50000", "30000"], ballot.Options.Options.Select(o => o.Cost));
        var result = closed.OptionsResult;
        // Each voter holds a third of the budget. Bikes (three approvers) costs each 10,000; the park then 20,000 of
        // each of its two; the library's one approver has 23,333 left, not 50,000, and no raise of the shares that fits
        // the budget gives it more.
        Assert.Equal(["bikes", "park"], result.Chosen);
        Assert.Equal((true, "70000", "approvals"), (result.Decided, result.Spent, result.Measure));
        Assert.Equal(["2", "1", "3"], result.Totals.Select(t => t.Total));
        Assert.Null(closed.Result);
        Assert.Equal(3, closed.Turnout.Voted);
        // The Tally RPC, given the published papers, funds the same projects: the result follows from the record.
        var recount = new TallyRequest
        {
            EqualShares = budget.EqualShares,
            Projects = { budget.Options.Select(o => new TallyProject { Id = o.Key, Cost = o.Cost }) },
            ApprovalBallots = { record.Votes.Select(v => new TallyApprovalBallot { Approved = { v.Marks.Options }, Weight = v.Weight.ToString() }) },
        };
        Assert.Equal(result.Chosen, (await room["arta"].Api.Tally.TallyAsync(recount)).Outcome.Funded);
    }

    [Fact]
    public async Task On_a_public_ballot_the_feed_shows_each_voters_marks_and_a_changed_vote_counts_as_last_cast()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        await room.EnterVotingPhaseAsync();
        var ballot = await OpenAsync(room, Plurality(), changesAllowed: true);
        using var feed = new Watcher(room["moderator"].Api, room.SessionId);
        await CastAsync(room["arta"], ballot, "a");
        await CastAsync(room["milan"], ballot, "b");
        await CastAsync(room["arta"], ballot, "b");

        var changed = await feed.UntilAsync(e => e.VoteChanged is not null);
        var closed = await CloseAsync(room, ballot);

        Assert.Equal(["b"], changed.VoteChanged.Marks.Options);
        Assert.Equal(["a"], feed.Events.First(e => e.VoteCast is not null).VoteCast.Marks.Options);
        Assert.Equal(["b"], closed.OptionsResult.Chosen);
        Assert.Equal(["0", "2", "0"], closed.OptionsResult.Totals.Select(t => t.Total));
        var shown = await feed.UntilAsync(e => e.BallotClosed is not null);
        Assert.Equal(closed.OptionsResult, shown.BallotClosed.OptionsResult);
        // In the clear as the record of a public ballot is (what the secret ballot's test looks for, and does not find).
        Assert.Contains(await engine.StoredAboutVotersAsync(ballot.BallotId), MarksInTheClear);
    }

    [Fact]
    public async Task A_secret_ranked_ballot_is_counted_by_its_method_and_nothing_stored_or_shown_links_a_voter_to_their_ranking()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        await room.EnterVotingPhaseAsync();
        var ballot = await OpenAsync(room, new BallotOptions { Options = { Option("a", "A"), Option("b", "B"), Option("c", "C") }, Schulze = new() },
            secrecy: BallotSecrecy.Secret);
        using var feed = new Watcher(room["moderator"].Api, room.SessionId);
        var receipts = new Dictionary<string, string>
        {
            [(await CastAsync(room["arta"], ballot, "c", "a", "b")).Receipt] = "c a b",
            [(await CastAsync(room["milan"], ballot, "c", "b", "a")).Receipt] = "c b a",
            [(await CastAsync(room["drita"], ballot, "a", "c", "b")).Receipt] = "a c b",
        };
        var open = (await room["moderator"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot;
        var cast = await feed.UntilAsync(e => e.VoteCast?.VoterId == room["drita"].ParticipantId);

        var closed = await CloseAsync(room, ballot);
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((3, null), (open.VotesStanding, open.RunningTotals));
        Assert.Null(cast.VoteCast.Marks);
        Assert.Equal(["c"], closed.OptionsResult.Chosen);
        Assert.Equal(["1", "0", "2"], closed.OptionsResult.Totals.Select(t => t.Total));
        Assert.Equal(receipts.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value, "")),
            record.Votes.Select(v => (v.Receipt, string.Join(' ', v.Marks.Options), v.VoterId)));
        // What the database keeps of each vote and its requests holds no marks: only the sealed paper, whose key is gone.
        foreach (var row in await engine.StoredAboutVotersAsync(ballot.BallotId))
        {
            Assert.False(MarksInTheClear(row), row);
            Assert.DoesNotContain(receipts.Keys, row.Contains);
        }
    }

    [Fact]
    public async Task A_closed_options_ballot_shows_what_each_district_gave_each_option_and_withholds_a_district_too_small_to_keep_its_secret()
    {
        string[] north = ["arta", "besnik", "drita", "luan"], south = ["milan", "jelena"];
        var room = await Room.WithVotersAsync(engine, [.. north, .. south]);
        await room.GroupAsync(engine, "district", [.. north.Select(n => (n, "north")), .. south.Select(n => (n, "south"))]);
        await room.EnterVotingPhaseAsync();
        var ballot = await OpenAsync(room, new BallotOptions { Options = { Option("a", "A"), Option("b", "B"), Option("c", "C") }, Approval = new() },
            secrecy: BallotSecrecy.Secret);
        using var feed = new Watcher(room["moderator"].Api, room.SessionId);
        await CastAsync(room["arta"], ballot, "a", "b");
        await CastAsync(room["besnik"], ballot, "a");
        await CastAsync(room["drita"], ballot, "b", "c");
        await CastAsync(room["luan"], ballot);
        await CastAsync(room["milan"], ballot, "c");
        await CastAsync(room["jelena"], ballot, "c");

        var closed = await CloseAsync(room, ballot);

        Assert.Equal(["c"], closed.OptionsResult.Chosen);
        Assert.Equal([("north", 4, "2 2 1", 1, false), ("south", 2, "", 0, true)],
            closed.OptionsResult.ByGroup.Select(g => (g.Value, g.Voted, string.Join(' ', g.Totals.Select(t => t.Total)), g.Blank, g.Withheld)));
        Assert.Equal([("north", 4, 4), ("south", 2, 2)], closed.Turnout.ByGroup.Select(g => (g.Value, g.Electors, g.Voted)));
        Assert.Equal(closed.OptionsResult, (await feed.UntilAsync(e => e.BallotClosed is not null)).BallotClosed.OptionsResult);
    }

    [Fact]
    public async Task Papers_counted_in_the_room_join_the_online_votes_in_one_result_that_anyone_can_recount_from_the_record_and_the_batches()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        await room.EnterVotingPhaseAsync();
        var ballot = await OpenAsync(room, Plurality(), secrecy: BallotSecrecy.ResultsHidden);
        var moderator = room["moderator"].Api.Ballots;
        RecordBallotBatchRequest Batch(params (string[] Marks, int Count)[] papers) => new()
        {
            RequestId = NewId(), BallotId = ballot.BallotId, Kind = BatchKind.Paper, Note = "Hall B, counted by two tellers",
            Papers = { papers.Select(p => new CountedPapers { Marks = new BallotMarks { Options = { p.Marks } }, Count = p.Count }) },
        };
        await CastAsync(room["arta"], ballot, "b");
        await CastAsync(room["milan"], ballot, "b");
        var events = await engine.CountEventsAsync();
        var unfit = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch((["c"], 3), (["z"], 1))));
        var none = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch((["a"], 0))));
        Assert.Equal(events, await engine.CountEventsAsync());

        var open = (await moderator.RecordBallotBatchAsync(Batch((["c"], 3), ([], 1)))).Ballot;
        var closed = await CloseAsync(room, ballot);
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (unfit.StatusCode, none.StatusCode));
        Assert.Equal(["papers[1].marks.options[0]"], unfit.ViolatedFields());
        Assert.Equal(["papers[0].count"], none.ViolatedFields());
        // Results hidden: until close the batch shows how many votes it holds, not their marks.
        Assert.Equal((4, 0), (open.Batches.Single().Votes, open.Batches.Single().Papers.Count));
        Assert.Equal(["c"], closed.OptionsResult.Chosen);
        Assert.Equal(["0", "2", "3"], closed.OptionsResult.Totals.Select(t => t.Total));
        Assert.Equal(1, closed.OptionsResult.Blank);
        Assert.Equal((2, 4), (closed.Turnout.Voted, closed.Turnout.CountedInRoom));
        var batch = record.Ballot.Batches.Single();
        Assert.Equal([("c", 3), ("", 1)], batch.Papers.Select(p => (string.Join(' ', p.Marks.Options), p.Count)));
        // The record's papers and the batches' together give the same result by the Tally RPC.
        var recount = new TallyRequest
        {
            Plurality = new(),
            Options = { "a", "b", "c" },
            PluralityBallots =
            {
                record.Votes.Select(v => new TallyPluralityBallot { Option = v.Marks.Options.Single(), Weight = v.Weight.ToString() })
                    .Concat(batch.Papers.Where(p => p.Marks.Options.Count > 0).Select(p => new TallyPluralityBallot { Option = p.Marks.Options[0], Weight = p.Count.ToString() })),
            },
        };
        Assert.Equal(closed.OptionsResult.Chosen, (await room["arta"].Api.Tally.TallyAsync(recount)).Outcome.Winners);
    }

    [Fact]
    public async Task Options_ballots_that_cannot_be_counted_are_refused_field_by_field_and_nothing_is_recorded()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var proposal = await room.SubmitAsync("moderator");
        await room.EnterVotingPhaseAsync();
        var moderator = room["moderator"].Api.Ballots;
        var events = await engine.CountEventsAsync();
        Task<RpcException> Refused(OpenBallotRequest request) => Errors.CatchAsync(moderator.OpenBallotAsync(request));
        OpenBallotRequest Request(BallotOptions options) => new() { RequestId = NewId(), SessionId = room.SessionId, Options = options };

        var both = await Refused(new OpenBallotRequest(Request(Plurality())) { ProposalId = proposal.ProposalId });
        var one = await Refused(Request(new BallotOptions { Options = { Option("a", "A") }, Plurality = new() }));
        var noMethod = await Refused(Request(new BallotOptions { Options = { Option("a", "A"), Option("b", "B") } }));
        var seats = await Refused(Request(new BallotOptions { Options = { Option("a", "A"), Option("b", "B") }, Stv = new TallyStvRule { Seats = 3 } }));
        var twice = await Refused(Request(new BallotOptions { Options = { Option("a", "A"), Option("a", "B") }, Approval = new() }));
        var foreign = await Refused(Request(new BallotOptions { Options = { Option("a", "A"), new BallotOption { Key = "b", Label = Text(("fr", "B")) } }, Borda = new() }));
        var uncosted = await Refused(Request(new BallotOptions { Options = { Option("a", "A", "10"), Option("b", "B") }, GreedyBudget = new() { Budget = "10" } }));
        var motionRule = await Refused(new OpenBallotRequest(Request(Plurality())) { Rule = new BallotRule { MajorityInEachValueOf = "community" } });
        var byVoter = await Errors.CatchAsync(room["arta"].Api.Ballots.OpenBallotAsync(Request(Plurality())));

        Assert.Equal(events, await engine.CountEventsAsync());
        Assert.Equal(["proposal_id"], both.ViolatedFields());
        Assert.Equal(["options.options"], one.ViolatedFields());
        Assert.Equal(["options.rule"], noMethod.ViolatedFields());
        Assert.Equal(["options.stv.seats"], seats.ViolatedFields());
        Assert.Equal(["options.options[1]"], twice.ViolatedFields());
        Assert.Equal(["options.options[1].label"], foreign.ViolatedFields());
        Assert.Equal(["options.options[1].cost"], uncosted.ViolatedFields());
        Assert.Equal(["rule"], motionRule.ViolatedFields());
        Assert.Equal(StatusCode.PermissionDenied, byVoter.StatusCode);
    }

    [Fact]
    public async Task Marks_that_do_not_fit_the_ballot_and_counts_from_the_room_are_refused_and_change_nothing()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, motion) = await room.ProposalWithBallotAsync();
        var ballot = await OpenAsync(room, Plurality());
        var voter = room["arta"].Api.Ballots;
        var events = await engine.CountEventsAsync();
        Task<RpcException> Refused(CastVoteRequest request) => Errors.CatchAsync(voter.CastVoteAsync(request));

        var choice = await Refused(Vote(ballot.BallotId, VoteChoice.Yes));
        var both = await Refused(new CastVoteRequest(Marks(ballot, "a")) { Choice = VoteChoice.Yes });
        var unknown = await Refused(Marks(ballot, "z"));
        var two = await Refused(Marks(ballot, "a", "b"));
        var onMotion = await Refused(Marks(motion, "a"));
        var batch = await Errors.CatchAsync(room["moderator"].Api.Ballots.RecordBallotBatchAsync(new RecordBallotBatchRequest
        {
            RequestId = NewId(), BallotId = ballot.BallotId, Kind = BatchKind.Paper, Yes = 3,
        }));

        Assert.Equal(events, await engine.CountEventsAsync());
        Assert.Equal((StatusCode.InvalidArgument, "choice"), (choice.StatusCode, Assert.Single(choice.ViolatedFields())));
        Assert.Equal(["choice"], both.ViolatedFields());
        Assert.Equal(["marks.options[0]"], unknown.ViolatedFields());
        Assert.Equal(["marks.options"], two.ViolatedFields());
        Assert.Equal(["marks"], onMotion.ViolatedFields());
        Assert.Equal((StatusCode.FailedPrecondition, "NOT_A_MOTION"), (batch.StatusCode, batch.Reason()));
        // A blank paper is a vote: it takes part, for no option.
        await voter.CastVoteAsync(Marks(ballot));
        var closed = await CloseAsync(room, ballot);
        Assert.Equal((1, 1), (closed.OptionsResult.Blank, closed.Turnout.Voted));
        Assert.Empty(closed.OptionsResult.Chosen.Except(["a", "b", "c"]));
    }

    // Marks as an object, as PostgreSQL writes a jsonb document back or a request record holds its answer (JSON within JSON).
    private static bool MarksInTheClear(string row) => Regex.IsMatch(row.Replace("\\", ""), "\"Marks\":\\s*\\{");

    private static BallotOption Option(string key, string label, string cost = "") => new() { Key = key, Label = Text(("en", label)), Cost = cost };

    private static BallotOptions Plurality() => new() { Options = { Option("a", "A"), Option("b", "B"), Option("c", "C") }, Plurality = new() };

    private static CastVoteRequest Marks(Ballot ballot, params string[] options) =>
        new() { RequestId = NewId(), BallotId = ballot.BallotId, Marks = new BallotMarks { Options = { options } } };

    private static async Task<Ballot> OpenAsync(Room room, BallotOptions options, bool changesAllowed = false, BallotSecrecy secrecy = BallotSecrecy.Public) =>
        (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, Options = options, ChangesAllowed = changesAllowed, Secrecy = secrecy,
        })).Ballot;

    private static async Task<CastVoteResponse> CastAsync(Person voter, Ballot ballot, params string[] options) =>
        await voter.Api.Ballots.CastVoteAsync(Marks(ballot, options));

    private static async Task<Ballot> CloseAsync(Room room, Ballot ballot) =>
        (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
}
