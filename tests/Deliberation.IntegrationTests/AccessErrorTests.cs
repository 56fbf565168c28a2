using System.Security.Claims;
using System.Security.Cryptography;
using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Codes and tokens that must not let anyone in each get their own clear error, and change nothing.</summary>
public class AccessErrorTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_join_code_admits_one_person_only()
    {
        var room = await Room.WithVotersAsync(engine);
        var code = (await engine.Operator.Participants.CreateInvitationAsync(Invitation(room.SessionId))).JoinCode;
        await engine.Anonymous.Access.JoinSessionAsync(Join(code, "first"));

        await AssertRefusedAsync(StatusCode.FailedPrecondition, "INVITATION_USED", engine.Anonymous.Access.JoinSessionAsync(Join(code, "second")));
    }

    [Fact]
    public async Task A_revoked_join_code_admits_nobody()
    {
        var room = await Room.WithVotersAsync(engine);
        var invitation = await engine.Operator.Participants.CreateInvitationAsync(Invitation(room.SessionId));
        await room["moderator"].Api.Participants.RevokeInvitationAsync(new RevokeInvitationRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, InvitationId = invitation.InvitationId,
        });

        await AssertRefusedAsync(StatusCode.FailedPrecondition, "INVITATION_REVOKED", engine.Anonymous.Access.JoinSessionAsync(Join(invitation.JoinCode, "late")));
    }

    [Fact]
    public async Task A_made_up_join_code_is_not_found()
    {
        await AssertRefusedAsync(StatusCode.NotFound, null, engine.Anonymous.Access.JoinSessionAsync(Join("AAAA-BBBB-CCCC", "guess")));
    }

    [Fact]
    public async Task A_session_still_in_draft_admits_nobody()
    {
        var draft = (await engine.Operator.Sessions.CreateSessionAsync(CreateSession())).Session.SessionId;
        var code = (await engine.Operator.Participants.CreateInvitationAsync(Invitation(draft))).JoinCode;

        await AssertRefusedAsync(StatusCode.FailedPrecondition, "SESSION_NOT_OPEN", engine.Anonymous.Access.JoinSessionAsync(Join(code, "early")));
    }

    [Fact]
    public async Task A_token_for_another_session_opens_nothing_in_this_one()
    {
        var here = await Room.WithEveryRoleAsync(engine);
        var there = await Room.WithEveryRoleAsync(engine);

        await AssertRefusedAsync(StatusCode.PermissionDenied, "NOT_IN_SESSION",
            there["moderator"].Api.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = here.SessionId }));
        await AssertRefusedAsync(StatusCode.PermissionDenied, "NOT_IN_SESSION", there["moderator"].Api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            RequestId = NewId(), SessionId = here.SessionId, Title = Text(("en", "Hijacked")),
        }));
    }

    [Fact]
    public async Task To_a_member_an_id_that_does_not_exist_looks_like_one_in_another_session()
    {
        var here = await Room.WithVotersAsync(engine, "arta");
        var there = await Room.WithVotersAsync(engine);
        var (_, elsewhere) = await there.ProposalWithBallotAsync();

        var missing = await Errors.CatchAsync(here["arta"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = NewId() }));
        var foreign = await Errors.CatchAsync(here["arta"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = elsewhere.BallotId }));

        Assert.Equal((missing.StatusCode, missing.Reason()), (foreign.StatusCode, foreign.Reason()));
        Assert.Equal(StatusCode.PermissionDenied, missing.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_as_invalid()
    {
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "deliberation",
            Audience = "deliberation",
            Subject = new ClaimsIdentity([new Claim("sub", "operator"), new Claim("kind", "operator")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(otherKey), SecurityAlgorithms.EcdsaSha256),
        });

        await AssertRefusedAsync(StatusCode.Unauthenticated, "TOKEN_INVALID", engine.As(forged).Sessions.CreateSessionAsync(CreateSession()));
    }

    [Fact]
    public async Task A_participant_token_edited_to_claim_the_operator_is_refused_as_invalid()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var parts = room["arta"].Token.Split('.');
        var claims = Base64UrlEncoder.Decode(parts[1]).Replace("\"participant\"", "\"operator\"");
        var edited = $"{parts[0]}.{Base64UrlEncoder.Encode(claims)}.{parts[2]}";

        await AssertRefusedAsync(StatusCode.Unauthenticated, "TOKEN_INVALID", engine.As(edited).Sessions.CreateSessionAsync(CreateSession()));
    }

    [Fact]
    public async Task No_token_at_all_is_refused_as_missing()
    {
        await AssertRefusedAsync(StatusCode.Unauthenticated, "TOKEN_MISSING", engine.Anonymous.Sessions.CreateSessionAsync(CreateSession()));
    }

    [Fact]
    public async Task A_wrong_operator_credential_is_refused()
    {
        await AssertRefusedAsync(StatusCode.Unauthenticated, "CREDENTIAL_INVALID",
            engine.Anonymous.Access.SignInOperatorAsync(new SignInOperatorRequest { Credential = "guess" }));
    }

    [Fact]
    public async Task Moderator_actions_out_of_order_are_refused_each_with_its_reason()
    {
        var op = engine.Operator;
        var sessionId = (await op.Sessions.CreateSessionAsync(CreateSession())).Session.SessionId;
        var itemId = (await op.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = sessionId, Title = Text(("en", "Item")) }))
            .Session.Agenda[0].AgendaItemId;
        OpenRoundRequest OpenRound() => new() { RequestId = NewId(), SessionId = sessionId, AgendaItemId = itemId };

        await AssertRefusedAsync(StatusCode.FailedPrecondition, "SESSION_STATUS_CHANGE_NOT_ALLOWED", StatusChange(sessionId, SessionStatus.InProgress));
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "SESSION_NOT_IN_PROGRESS", op.Agenda.OpenRoundAsync(OpenRound()));
        await Room.ChangeStatusAsync(op, sessionId, SessionStatus.Open);
        await Room.ChangeStatusAsync(op, sessionId, SessionStatus.InProgress);
        var roundId = (await op.Agenda.OpenRoundAsync(OpenRound())).Session.CurrentRoundId;
        var round = new RoundRequest { SessionId = sessionId, RoundId = roundId };

        await AssertRefusedAsync(StatusCode.FailedPrecondition, "ROUND_ALREADY_OPEN", op.Agenda.OpenRoundAsync(OpenRound()));
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "ROUND_NOT_PAUSED", op.Agenda.ResumeRoundAsync(With(round)));
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "PHASE_ALREADY_ADVANCED", op.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest
        {
            RequestId = NewId(), SessionId = sessionId, RoundId = roundId, FromPhase = Phase.Voting,
        }));
        await op.Agenda.PauseRoundAsync(With(round));
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "ROUND_PAUSED", op.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = sessionId, RoundId = roundId }));
        await op.Agenda.CloseRoundAsync(With(round));
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "ROUND_NOT_OPEN", op.Agenda.PauseRoundAsync(With(round)));
        await Room.ChangeStatusAsync(op, sessionId, SessionStatus.Closed);
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "SESSION_CLOSED", op.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            RequestId = NewId(), SessionId = sessionId, Title = Text(("en", "Too late")),
        }));
    }

    [Fact]
    public async Task Leaving_a_phase_the_round_does_not_plan_is_a_bad_argument()
    {
        var room = await Room.WithVotersAsync(engine);
        var op = engine.Operator;
        var itemId = (await op.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", "Item")) })).Session.Agenda[0].AgendaItemId;
        var roundId = (await op.Agenda.OpenRoundAsync(new OpenRoundRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, AgendaItemId = itemId, Phases = { new PhasePlan { Phase = Phase.Voting } },
        })).Session.CurrentRoundId;

        var error = await Errors.CatchAsync(op.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = room.SessionId, RoundId = roundId, FromPhase = Phase.Amendment }));

        Assert.Equal(["from_phase"], error.ViolatedFields());
    }

    [Fact]
    public async Task Once_a_session_closes_its_ballots_take_no_votes_and_none_opens()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (proposal, ballot) = await room.ProposalWithBallotAsync();
        await Room.ChangeStatusAsync(engine.Operator, room.SessionId, SessionStatus.Closed);

        await AssertRefusedAsync(StatusCode.FailedPrecondition, "SESSION_CLOSED", room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes)));
        await AssertRefusedAsync(StatusCode.FailedPrecondition, "SESSION_CLOSED", engine.Operator.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId }));
    }

    /// <summary>The call fails as said, and the event store holds no more than before.</summary>
    private async Task AssertRefusedAsync<T>(StatusCode status, string? reason, AsyncUnaryCall<T> call)
    {
        var events = await engine.CountEventsAsync();
        var error = await Errors.CatchAsync(call);
        Assert.Equal(status, error.StatusCode);
        if (reason is not null) Assert.Equal(reason, error.Reason());
        Assert.Equal(events, await engine.CountEventsAsync());
    }

    private AsyncUnaryCall<ChangeSessionStatusResponse> StatusChange(string sessionId, SessionStatus status) =>
        engine.Operator.Sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = sessionId, Status = status });

    private static RoundRequest With(RoundRequest round) => new(round) { RequestId = NewId() };

    private static CreateInvitationRequest Invitation(string sessionId) => new() { RequestId = NewId(), SessionId = sessionId, Role = Role.Participant, VotingRights = true };

    private static JoinSessionRequest Join(string code, string name) => new() { RequestId = NewId(), JoinCode = code, Name = name };
}

/// <summary>Expiry needs the clock moved, so it has a server of its own.</summary>
public class JoinCodeExpiryTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task An_expired_join_code_admits_nobody_and_changes_nothing()
    {
        var room = await Room.WithVotersAsync(engine);
        var code = (await engine.Operator.Participants.CreateInvitationAsync(new CreateInvitationRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, Role = Role.Participant, ValidForSeconds = 60,
        })).JoinCode;
        var events = await engine.CountEventsAsync();

        engine.Clock.Offset = TimeSpan.FromSeconds(61);
        var error = await Errors.CatchAsync(engine.Anonymous.Access.JoinSessionAsync(new JoinSessionRequest { RequestId = NewId(), JoinCode = code, Name = "late" }));

        Assert.Equal((StatusCode.FailedPrecondition, "INVITATION_EXPIRED"), (error.StatusCode, error.Reason()));
        Assert.Equal(events, await engine.CountEventsAsync());
    }
}
