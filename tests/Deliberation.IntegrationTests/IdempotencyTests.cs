using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>A request sent again with the same request_id gets the first answer and records nothing.</summary>
public class IdempotencyTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_replayed_create_session_returns_the_same_session_and_appends_nothing()
    {
        var request = CreateSession();
        var first = await engine.Operator.Sessions.CreateSessionAsync(request);
        var events = await engine.CountEventsAsync();

        var again = await engine.Operator.Sessions.CreateSessionAsync(request);

        Assert.Equal(first, again);
        Assert.Equal(events, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task A_replayed_vote_is_answered_as_before_and_counted_once()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var vote = Vote(ballot.BallotId, VoteChoice.Yes);

        var first = await room["arta"].Api.Ballots.CastVoteAsync(vote);
        var replay = await room["arta"].Api.Ballots.CastVoteAsync(vote);
        var result = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot.Result;

        Assert.Equal(first, replay);
        Assert.Equal(1, result.Yes);
    }

    [Fact]
    public async Task Concurrent_copies_of_one_request_record_it_once()
    {
        var request = CreateSession();
        var events = await engine.CountEventsAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => engine.Operator.Sessions.CreateSessionAsync(request).ResponseAsync));

        Assert.Single(answers.Select(a => a.Session.SessionId).Distinct());
        Assert.Equal(events + 1, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task Reusing_a_request_id_for_a_different_request_is_refused()
    {
        var request = CreateSession();
        await engine.Operator.Sessions.CreateSessionAsync(request);
        var events = await engine.CountEventsAsync();
        var different = request.Clone();
        different.Title = Text(("en", "Another title"));

        var error = await Errors.CatchAsync(engine.Operator.Sessions.CreateSessionAsync(different));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("REQUEST_ID_REUSED", error.Reason());
        Assert.Equal(events, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task A_refused_request_can_be_retried_with_its_id_once_the_cause_is_gone()
    {
        // The answer is recorded only with the events it led to; a refusal records neither.
        var room = await Room.WithVotersAsync(engine, "arta");
        var request = SubmitProposal(room.SessionId);
        request.Body = Text(("de", "Nicht in einer Arbeitssprache"));
        await Errors.CatchAsync(room["arta"].Api.Proposals.SubmitProposalAsync(request));

        var fixedRequest = SubmitProposal(room.SessionId);
        fixedRequest.RequestId = request.RequestId;
        var submitted = await room["arta"].Api.Proposals.SubmitProposalAsync(fixedRequest);

        Assert.Equal(fixedRequest.Body.Texts, submitted.Proposal.Body.Texts);
    }
}
