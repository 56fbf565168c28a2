using Deliberation.Engine.EmbeddedPostgres;
using Deliberation.Server.Hosting;

if (args.Contains("--help"))
{
    Console.WriteLine(ServerOptionsParser.Usage);
    return 0;
}

ServerOptions options;
try
{
    options = ServerOptionsParser.Parse(args, Environment.GetEnvironmentVariables());
}
catch (FormatException e)
{
    Console.Error.WriteLine($"deliberation-server: {e.Message} (see --help)");
    return 2;
}

try
{
    await using var server = await DeliberationServer.StartAsync(options);
    await server.WaitForShutdownAsync();
    return 0;
}
catch (PostgresNotInstalled e)
{
    Console.Error.WriteLine($"deliberation-server: {e.Message}");
    return 3;
}
