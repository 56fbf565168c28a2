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
    public async Task Request_ids_are_each_callers_own_so_two_voters_sending_the_same_bytes_both_count()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var sameBytes = Vote(ballot.BallotId, VoteChoice.Yes);
        sameBytes.RequestId = $"vote-{ballot.BallotId}";

        var arta = await room["arta"].Api.Ballots.CastVoteAsync(sameBytes);
        var milan = await room["milan"].Api.Ballots.CastVoteAsync(sameBytes);
        var result = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot.Result;

        Assert.NotEqual(arta.VoteId, milan.VoteId);
        Assert.Equal(2, result.Yes);
    }

    [Fact]
    public async Task A_retried_invitation_shows_the_same_join_code_and_makes_no_second_invitation()
    {
        var room = await Room.WithVotersAsync(engine);
        var request = new CreateInvitationRequest { RequestId = NewId(), SessionId = room.SessionId, Role = Role.Participant };
        var first = await engine.Operator.Participants.CreateInvitationAsync(request);
        var events = await engine.CountEventsAsync();

        var retry = await engine.Operator.Participants.CreateInvitationAsync(request);
        var other = await engine.Operator.Participants.CreateInvitationAsync(new CreateInvitationRequest(request) { RequestId = NewId() });

        Assert.Equal(first, retry);
        Assert.Equal(events, await engine.CountEventsAsync() - 1); // only the other invitation
        Assert.NotEqual(first.JoinCode, other.JoinCode);
        Assert.Equal(room.SessionId, (await engine.Anonymous.Access.JoinSessionAsync(new JoinSessionRequest { RequestId = NewId(), JoinCode = retry.JoinCode, Name = "Drita" })).SessionId);
    }

    [Fact]
    public async Task A_lost_join_answer_can_be_asked_for_again_but_not_once_the_retry_window_has_passed()
    {
        var room = await Room.WithVotersAsync(engine);
        var code = (await engine.Operator.Participants.CreateInvitationAsync(new CreateInvitationRequest { RequestId = NewId(), SessionId = room.SessionId, Role = Role.Participant })).JoinCode;
        var join = new JoinSessionRequest { RequestId = NewId(), JoinCode = code, Name = "Jelena" };
        var first = await engine.Anonymous.Access.JoinSessionAsync(join);

        var retry = await engine.Anonymous.Access.JoinSessionAsync(join);
        engine.Clock.Offset = TimeSpan.FromMinutes(16);
        var late = await Errors.CatchAsync(engine.Anonymous.Access.JoinSessionAsync(join));
        engine.Clock.Offset = TimeSpan.Zero;

        Assert.Equal(first.ParticipantId, retry.ParticipantId);
        Assert.Equal("INVITATION_USED", late.Reason());
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
        await room.OpenRoundAsync(Phase.Submission);
        var request = SubmitProposal(room.SessionId);
        request.Paragraphs[0] = Text(("de", "Nicht in einer Arbeitssprache"));
        await Errors.CatchAsync(room["arta"].Api.Proposals.SubmitProposalAsync(request));

        var fixedRequest = SubmitProposal(room.SessionId);
        fixedRequest.RequestId = request.RequestId;
        var submitted = await room["arta"].Api.Proposals.SubmitProposalAsync(fixedRequest);

        Assert.Equal(fixedRequest.Paragraphs[0].Texts, submitted.Proposal.Paragraphs[0].Text.Texts);
    }
}
