namespace Deliberation.Server.Hosting;

internal static class Logs
{
    public static void Configure(ILoggingBuilder logging, ServerOptions options)
    {
        logging.ClearProviders();
        if (options.LogFormat == "json")
            logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        else
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
        logging.SetMinimumLevel(LogLevel.Information);
        // The frameworks' own start-up chatter says nothing an operator needs.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Marten", LogLevel.Warning);
        logging.AddFilter("JasperFx", LogLevel.Warning);
        logging.AddFilter("Grpc", LogLevel.Warning);
    }
}
