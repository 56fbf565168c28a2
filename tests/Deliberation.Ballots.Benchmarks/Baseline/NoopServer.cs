using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Deliberation.Ballots.Benchmarks.Baseline;

/// <summary>A gRPC server in this process whose one call does nothing: the floor under any RPC's latency.</summary>
internal sealed class NoopServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private NoopServer(WebApplication app, Uri address) => (this.app, Address) = (app, address);

    public Uri Address { get; }

    public static async Task<NoopServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<NoopService>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new NoopServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class NoopService : Noop.NoopBase
    {
        private static readonly Task<NoopReply> Reply = Task.FromResult(new NoopReply());

        public override Task<NoopReply> Call(NoopRequest request, ServerCallContext context) => Reply;
    }
}
