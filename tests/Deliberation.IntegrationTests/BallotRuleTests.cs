using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Domain rules answer FAILED_PRECONDITION with a reason, unknown ids NOT_FOUND, and change nothing.</summary>
public class BallotRuleTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private async Task<string> OpenBallotAsync()
    {
        var session = (await engine.Sessions.CreateSessionAsync(CreateSession())).Session;
        var proposal = (await engine.Proposals.SubmitProposalAsync(SubmitProposal(session.SessionId))).Proposal;
        return (await engine.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId })).Ballot.BallotId;
    }

    [Fact]
    public async Task A_vote_on_a_closed_ballot_is_refused_as_ballot_closed_and_not_counted()
    {
        var ballotId = await OpenBallotAsync();
        await engine.Ballots.CastVoteAsync(Vote(ballotId, "arta", VoteChoice.Yes));
        await engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId });
        var events = await engine.CountEventsAsync();

        var error = await Errors.CatchAsync(engine.Ballots.CastVoteAsync(Vote(ballotId, "milan", VoteChoice.No)));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("BALLOT_CLOSED", error.Reason());
        Assert.Equal(events, await engine.CountEventsAsync());
        var result = (await engine.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballotId })).Ballot.Result;
        Assert.Equal((1, 0), (result.Yes, result.No));
    }

    [Fact]
    public async Task A_second_vote_by_the_same_voter_is_refused_as_already_voted()
    {
        var ballotId = await OpenBallotAsync();
        await engine.Ballots.CastVoteAsync(Vote(ballotId, "arta", VoteChoice.Yes));

        var error = await Errors.CatchAsync(engine.Ballots.CastVoteAsync(Vote(ballotId, "arta", VoteChoice.No)));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("ALREADY_VOTED", error.Reason());
    }

    [Fact]
    public async Task Closing_twice_is_refused_and_the_result_stays_as_it_was()
    {
        var ballotId = await OpenBallotAsync();
        var first = (await engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId })).Ballot;

        var error = await Errors.CatchAsync(engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId }));

        Assert.Equal("BALLOT_CLOSED", error.Reason());
        Assert.Equal(first, (await engine.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballotId })).Ballot);
    }

    [Fact]
    public async Task Unknown_ids_answer_not_found()
    {
        var unknown = NewId();

        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(engine.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = unknown }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(engine.Proposals.SubmitProposalAsync(SubmitProposal(unknown)))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(engine.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = unknown }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Errors.CatchAsync(engine.Ballots.CastVoteAsync(Vote(unknown, "arta", VoteChoice.Yes)))).StatusCode);
    }

    [Fact]
    public async Task A_proposal_in_a_language_the_session_does_not_use_is_refused()
    {
        var session = (await engine.Sessions.CreateSessionAsync(CreateSession())).Session;
        var request = SubmitProposal(session.SessionId);
        request.Body = Text(("de", "Jedes Amt antwortet zweisprachig."));

        var error = await Errors.CatchAsync(engine.Proposals.SubmitProposalAsync(request));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("LANGUAGE_NOT_IN_SESSION", error.Reason());
    }
}
