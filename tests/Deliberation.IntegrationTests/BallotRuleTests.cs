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
