using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Deliberation.Server.Hosting;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>An engine that trusts an external OpenID Connect issuer, for integrators who already have one.</summary>
public class ExternalIssuerTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string Audience = "deliberation-engine";

    [Fact]
    public async Task The_issuers_token_with_the_operator_role_acts_as_the_operator_and_the_engines_own_tokens_still_work()
    {
        await using var issuer = new FakeOidcIssuer();
        await using var server = await StartTrustingAsync(issuer);

        var external = new Clients(Channels.For(server.Address, issuer.TokenFor(Audience, "deliberation-operator")));
        var created = await external.Sessions.CreateSessionAsync(CreateSession());
        var own = (await new Clients(Channels.For(server.Address, null)).Access.SignInOperatorAsync(new SignInOperatorRequest { Credential = EngineFixture.OperatorCredential })).Token;
        var read = await new Clients(Channels.For(server.Address, own)).Sessions.GetSessionAsync(new GetSessionRequest { SessionId = created.Session.SessionId });

        Assert.Equal(created.Session, read.Session);
    }

    [Fact]
    public async Task The_issuers_token_without_the_operator_role_is_in_no_session()
    {
        await using var issuer = new FakeOidcIssuer();
        await using var server = await StartTrustingAsync(issuer);
        var external = new Clients(Channels.For(server.Address, issuer.TokenFor(Audience, "staff")));

        var error = await Errors.CatchAsync(external.Sessions.CreateSessionAsync(CreateSession()));

        Assert.Equal((StatusCode.PermissionDenied, "OPERATOR_ONLY"), (error.StatusCode, error.Reason()));
    }

    [Fact]
    public async Task The_issuers_token_cannot_pose_as_a_participant_or_the_operator_with_the_engines_claim_names()
    {
        await using var issuer = new FakeOidcIssuer();
        await using var server = await StartTrustingAsync(issuer);
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var posingAsOperator = new Clients(Channels.For(server.Address, issuer.TokenFor(Audience, [], ("kind", "operator"))));
        var posingAsArta = new Clients(Channels.For(server.Address,
            issuer.TokenFor(Audience, [], ("kind", "participant"), ("sub", room["arta"].ParticipantId), ("sid", room.SessionId))));

        var asOperator = await Errors.CatchAsync(posingAsOperator.Sessions.CreateSessionAsync(CreateSession()));
        var asArta = await Errors.CatchAsync(posingAsArta.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes)));

        Assert.Equal("OPERATOR_ONLY", asOperator.Reason());
        Assert.Equal("NOT_IN_SESSION", asArta.Reason());
    }

    [Fact]
    public async Task The_issuers_token_for_another_audience_is_refused_as_invalid()
    {
        await using var issuer = new FakeOidcIssuer();
        await using var server = await StartTrustingAsync(issuer);
        var external = new Clients(Channels.For(server.Address, issuer.TokenFor("some-other-app", "deliberation-operator")));

        var error = await Errors.CatchAsync(external.Sessions.CreateSessionAsync(CreateSession()));

        Assert.Equal((StatusCode.Unauthenticated, "TOKEN_INVALID"), (error.StatusCode, error.Reason()));
    }

    [Fact]
    public async Task An_engine_not_told_to_trust_the_issuer_refuses_its_tokens()
    {
        await using var issuer = new FakeOidcIssuer();
        var external = engine.As(issuer.TokenFor(Audience, "deliberation-operator"));

        var error = await Errors.CatchAsync(external.Sessions.CreateSessionAsync(CreateSession()));

        Assert.Equal((StatusCode.Unauthenticated, "TOKEN_INVALID"), (error.StatusCode, error.Reason()));
    }

    /// <summary>A second node on the fixture's database and data folder, trusting the issuer.</summary>
    private Task<DeliberationServer> StartTrustingAsync(FakeOidcIssuer issuer) =>
        DeliberationServer.StartAsync(engine.Options with { OidcAuthority = issuer.Authority, OidcAudience = Audience });
}
