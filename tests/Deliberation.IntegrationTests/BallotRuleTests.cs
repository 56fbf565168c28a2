using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Domain rules answer FAILED_PRECONDITION with a reason, unknown ids NOT_FOUND, and change nothing.</summary>
public class BallotRuleTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_vote_on_a_closed_ballot_is_refused_as_ballot_closed_and_not_counted()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        var events = await engine.CountEventsAsync();

        var error = await Errors.CatchAsync(room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No)));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("BALLOT_CLOSED", error.Reason());
        Assert.Equal(events, await engine.CountEventsAsync());
        var result = (await room["milan"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot.Result;
        Assert.Equal((1, 0), (result.Yes, result.No));
    }

    [Fact]
    public async Task A_second_vote_by_the_same_voter_is_refused_as_already_voted()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));

        var error = await Errors.CatchAsync(room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No)));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("ALREADY_VOTED", error.Reason());
    }

    [Fact]
    public async Task A_vote_outside_the_voting_phase_is_refused_as_phase_not_open_and_records_nothing()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        await room["moderator"].Api.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = room.SessionId, RoundId = ballot.RoundId });

        await AssertRefusedAndNothingRecordedAsync("PHASE_NOT_OPEN", () => room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes)));
    }

    [Fact]
    public async Task A_participant_who_joined_after_the_ballot_opened_is_refused_as_not_in_electorate()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var late = await Room.JoinAsync(engine, room.SessionId, "late", Role.Participant, voting: true);

        await AssertRefusedAndNothingRecordedAsync("NOT_IN_ELECTORATE", () => late.Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes)));
        Assert.Equal(1, ballot.ElectorCount);
    }

    [Fact]
    public async Task A_choice_that_is_not_on_the_ballot_is_an_invalid_argument_naming_the_field()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var events = await engine.CountEventsAsync();

        var error = await Errors.CatchAsync(room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, (VoteChoice)7)));

        Assert.Equal(["choice"], error.ViolatedFields());
        Assert.Equal(events, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task A_vote_is_changed_and_withdrawn_where_the_ballot_allows_it_and_only_the_last_choice_counts()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var (proposal, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true);
        var arta = room["arta"].Api.Ballots;
        var first = await arta.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));
        var second = await arta.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["milan"].Api.Ballots.WithdrawVoteAsync(new WithdrawVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId });

        await AssertRefusedAndNothingRecordedAsync("NO_VOTE_TO_WITHDRAW",
            () => room["milan"].Api.Ballots.WithdrawVoteAsync(new WithdrawVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId }));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
        Assert.Equal((1, 0, 1), (closed.Result.Yes, closed.Result.No, closed.VotesStanding));
        Assert.Equal((2, 1), (closed.Turnout.Electors, closed.Turnout.Voted));
        Assert.Equal(["proposal_admitted", "proposal_adopted"], await EventTypesAsync(proposal.ProposalId));
        Assert.Equal(first.VoteId, second.VoteId);
        Assert.NotEqual(first.Receipt, second.Receipt);
    }

    [Fact]
    public async Task A_vote_cannot_be_withdrawn_where_the_ballot_does_not_allow_changes()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));

        await AssertRefusedAndNothingRecordedAsync("VOTE_CHANGE_NOT_ALLOWED",
            () => room["arta"].Api.Ballots.WithdrawVoteAsync(new WithdrawVoteRequest { RequestId = NewId(), BallotId = ballot.BallotId }));
    }

    [Fact]
    public async Task With_results_hidden_nobody_sees_totals_before_close_and_the_record_is_published_after()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var (_, ballot) = await room.ProposalWithBallotAsync(secrecy: BallotSecrecy.ResultsHidden);
        var receipt = (await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No))).Receipt;
        var moderator = room["moderator"].Api.Ballots;

        var open = (await moderator.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot;
        var early = await Errors.CatchAsync(moderator.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId }));
        await moderator.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        var record = await room["milan"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((1, null, null), (open.VotesStanding, open.RunningTotals, open.Result));
        Assert.Equal("BALLOT_NOT_CLOSED", early.Reason());
        var counted = Assert.Single(record.Votes);
        Assert.Equal((receipt, VoteChoice.No, room["arta"].ParticipantId), (counted.Receipt, counted.Choice, counted.VoterId));
    }

    [Fact]
    public async Task Closing_twice_is_refused_and_the_result_stays_as_it_was()
    {
        var room = await Room.WithVotersAsync(engine);
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var moderator = room["moderator"].Api;
        var first = (await moderator.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;

        var error = await Errors.CatchAsync(moderator.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId }));

        Assert.Equal("BALLOT_CLOSED", error.Reason());
        Assert.Equal(first, (await moderator.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot);
    }

    [Fact]
    public async Task The_session_feed_shows_a_ballot_open_and_close_with_its_result_and_never_a_single_vote()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var observer = await Room.JoinAsync(engine, room.SessionId, "olga", Role.Observer, voting: false);
        using var watcher = new Watcher(observer.Api, room.SessionId);
        var (_, ballot) = await room.ProposalWithBallotAsync(secrecy: BallotSecrecy.Public);
        await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));

        await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        var closed = await watcher.UntilAsync(e => e.EventCase == SessionEvent.EventOneofCase.BallotClosed);

        var opened = watcher.Events.Single(e => e.EventCase == SessionEvent.EventOneofCase.BallotOpened).BallotOpened.Ballot;
        Assert.Equal((ballot.BallotId, 2, BallotSecrecy.Public), (opened.BallotId, opened.ElectorCount, opened.Secrecy));
        Assert.Equal((1, 1, false), (closed.BallotClosed.Result.Yes, closed.BallotClosed.Result.No, closed.BallotClosed.Result.Adopted));
        Assert.Equal((2, 2), (closed.BallotClosed.Turnout.Electors, closed.BallotClosed.Turnout.Voted));
        Assert.DoesNotContain(watcher.Received, e => e.ToString().Contains("receipt", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<List<string>> EventTypesAsync(string streamId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(engine.ConnectionString);
        await connection.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand("select type from deliberation.mt_events where stream_id = $1 and type <> 'proposal_submitted' order by seq_id", connection)
        {
            Parameters = { new() { Value = Guid.Parse(streamId) } },
        };
        var types = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) types.Add(reader.GetString(0));
        return types;
    }

    private async Task AssertRefusedAndNothingRecordedAsync<T>(string reason, Func<AsyncUnaryCall<T>> call)
    {
        var events = await engine.CountEventsAsync();

        var error = await Errors.CatchAsync(call());

        Assert.Equal((StatusCode.FailedPrecondition, reason), (error.StatusCode, error.Reason()));
        Assert.Equal(events, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task Unknown_ids_answer_not_found()
    {
        var unknown = NewId();
        var api = engine.Operator;

        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(api.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = unknown }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(api.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = unknown }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = unknown }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            RequestId = NewId(), SessionId = unknown, Title = Text(("en", "Item")),
        }))).StatusCode);
    }

    [Fact]
    public async Task A_proposal_in_a_language_the_session_does_not_use_is_refused_naming_the_field()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        await room.OpenRoundAsync(Phase.Submission);
        var request = SubmitProposal(room.SessionId);
        request.Paragraphs[0] = Text(("de", "Jedes Amt antwortet zweisprachig."));

        var error = await Errors.CatchAsync(room["arta"].Api.Proposals.SubmitProposalAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["paragraphs[0].text"], error.ViolatedFields());
    }
}
