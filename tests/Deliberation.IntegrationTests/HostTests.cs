using Deliberation.Api.V1;
using Deliberation.Engine.EmbeddedPostgres;
using Deliberation.IntegrationTests.Infrastructure;
using Deliberation.Server.Hosting;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using Grpc.Reflection.V1Alpha;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>What generic tools and browsers rely on: reflection, health, gRPC-Web.</summary>
public class HostTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Reflection_lists_the_deliberation_services_and_the_health_service()
    {
        var reflection = new ServerReflection.ServerReflectionClient(Channels.For(engine.Server.Address, null));
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("deliberation.v1.AccessService", services);
        Assert.Contains("deliberation.v1.SessionService", services);
        Assert.Contains("deliberation.v1.ParticipantService", services);
        Assert.Contains("deliberation.v1.AgendaService", services);
        Assert.Contains("deliberation.v1.ProposalService", services);
        Assert.Contains("deliberation.v1.BallotService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task Health_is_serving_while_the_database_answers()
    {
        var health = await new Health.HealthClient(Channels.For(engine.Server.Address, null)).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task Health_is_not_serving_once_the_database_is_gone()
    {
        var folder = TestCluster.NewDataFolder();
        var server = await DeliberationServer.StartAsync(new ServerOptions { DataDirectory = folder, OperatorCredential = "x", Port = 0, WebPort = 0 });
        await using var _ = server;
        using var channel = GrpcChannel.ForAddress(server.Address);
        var health = new Health.HealthClient(channel);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);

        await EmbeddedPostgresServer.StopLeftoverAsync(Path.Combine(folder, "postgres"));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest())).Status);
    }

    [Fact]
    public async Task Browsers_reach_the_api_with_grpc_web_over_http_1_1()
    {
        var token = (await engine.Anonymous.Access.SignInOperatorAsync(new SignInOperatorRequest { Credential = EngineFixture.OperatorCredential })).Token;
        using var channel = Channels.For(engine.Server.WebAddress, token, new GrpcWebHandler(GrpcWebMode.GrpcWebText, new HttpClientHandler()), System.Net.HttpVersion.Version11);

        var created = await new SessionService.SessionServiceClient(channel).CreateSessionAsync(CreateSession());

        Assert.Equal(created.Session, (await engine.Operator.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = created.Session.SessionId })).Session);
    }
}
