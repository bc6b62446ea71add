return Units.Cli.CliApp.Run(args, Console.Out, Console.Error);
