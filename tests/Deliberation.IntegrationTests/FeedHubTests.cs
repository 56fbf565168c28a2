using Deliberation.Api.V1;
using Deliberation.Engine.Feed;
using Deliberation.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>A node's hub of watchers: one that stops reading is dropped at its queue's limit, and the others go on.</summary>
public class FeedHubTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_watcher_that_stops_reading_is_told_it_fell_behind_once_its_queue_is_full_while_a_reading_one_gets_every_event()
    {
        var room = await Room.WithEveryRoleAsync(engine);
        await using var dataSource = NpgsqlDataSource.Create(engine.ConnectionString);
        await using var store = engine.OpenStore();
        using var hub = new FeedHub(new FeedDatabase(dataSource, store), NullLogger<FeedHub>.Instance, queueCapacity: 3);
        await hub.StartAsync(CancellationToken.None);
        using var stopped = await hub.SubscribeAsync([Guid.Parse(room.SessionId)], CancellationToken.None);
        using var reading = await hub.SubscribeAsync([Guid.Parse(room.SessionId)], CancellationToken.None);

        var received = new List<FeedEvent>();
        for (var item = 0; item < 6; item++)
        {
            await room["moderator"].Api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", $"item {item}")) });
            received.Add(await reading.Events.ReadAsync());
        }
        var queued = new List<FeedEvent>();
        await Assert.ThrowsAsync<FeedFellBehind>(async () =>
        {
            await foreach (var feedEvent in stopped.Events.ReadAllAsync()) queued.Add(feedEvent);
        });
        await hub.StopAsync(CancellationToken.None);

        Assert.Equal(6, received.Count);
        Assert.Equal(received.Take(3), queued);
    }
}
