return EcoAssessment.Cli.CliApp.Run(args, Console.Out, Console.Error);
