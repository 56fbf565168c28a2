using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Deliberation.Server.Hosting;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>What was recorded is there after the server, and its embedded PostgreSQL, start again.</summary>
public class RestartTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_restarted_server_finds_the_session_and_the_result_intact_and_honours_its_tokens()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
        var session = (await engine.Operator.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = room.SessionId })).Session;

        await engine.RestartAsync();

        var arta = engine.As(room["arta"].Token);
        Assert.Equal(session, (await arta.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = room.SessionId })).Session);
        Assert.Equal(closed, (await arta.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot);
    }

    [Fact]
    public async Task The_embedded_postgresql_keeps_its_data_across_restarts()
    {
        var options = new ServerOptions { DataDirectory = TestCluster.NewDataFolder(), OperatorCredential = "restart-test", Port = 0, WebPort = 0 };
        Session created;
        string token;
        await using (var first = await DeliberationServer.StartAsync(options))
        {
            token = (await new Clients(Channels.For(first.Address, null)).Access.SignInOperatorAsync(new SignInOperatorRequest { Credential = "restart-test" })).Token;
            created = (await new Clients(Channels.For(first.Address, token)).Sessions.CreateSessionAsync(CreateSession())).Session;
        }

        await using var second = await DeliberationServer.StartAsync(options);
        var read = await new Clients(Channels.For(second.Address, token)).Sessions.GetSessionAsync(new GetSessionRequest { SessionId = created.SessionId });

        Assert.Equal(created, read.Session);
    }
}
