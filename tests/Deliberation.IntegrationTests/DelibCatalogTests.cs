using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli;
using Deliberation.IntegrationTests.Infrastructure;
using Google.Protobuf.Reflection;

namespace Deliberation.IntegrationTests;

/// <summary>delib covers the whole API: every RPC of every service has a command, and every command is in the catalog.</summary>
public class DelibCatalogTests
{
    /// <summary>Every RPC the API's proto files declare, from their generated descriptors: a new service or RPC appears here by itself.</summary>
    private static readonly IReadOnlyList<string> Rpcs = typeof(SessionService).Assembly.GetTypes()
        .Where(t => t.Namespace == "Deliberation.Api.V1" && t.Name.EndsWith("Reflection", StringComparison.Ordinal))
        .Select(t => (FileDescriptor)t.GetProperty("Descriptor")!.GetValue(null)!)
        .SelectMany(file => file.Services).SelectMany(service => service.Methods).Select(rpc => rpc.FullName)
        .ToList();

    [Fact]
    public void Every_rpc_of_every_service_has_a_delib_command_and_the_catalog_names_no_other()
    {
        Assert.Contains("deliberation.v1.TallyService.Tally", Rpcs);
        Assert.Contains("deliberation.v1.EventService.WatchSession", Rpcs);
        Assert.Empty(Rpcs.Except(CommandCatalog.Commands.Keys));
        Assert.Empty(CommandCatalog.Commands.Keys.Except(Rpcs));
    }

    [Fact]
    public void Every_command_the_catalog_names_exists_and_every_command_delib_has_is_in_the_catalog()
    {
        var commands = Leaves(Delib.Root(), "").Except(CommandCatalog.Composite).ToList();
        var catalogued = CommandCatalog.Commands.Values.SelectMany(paths => paths).ToList();

        Assert.Empty(catalogued.Except(commands));
        Assert.Empty(commands.Except(catalogued));
        Assert.Equal(catalogued.Count, catalogued.Distinct().Count());
    }

    [Fact]
    public void The_delib_page_lists_each_rpc_with_its_command()
    {
        var page = RepositoryFiles.Read("docs/delib.md");

        Assert.All(CommandCatalog.Commands, entry =>
            Assert.Contains($"| `{entry.Key["deliberation.v1.".Length..]}` | {string.Join(", ", entry.Value.Select(c => $"`delib {c}`"))} |", page));
    }

    private static IEnumerable<string> Leaves(Command command, string path) =>
        command.Subcommands.Count == 0
            ? [path]
            : command.Subcommands.SelectMany(sub => Leaves(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}"));
}
