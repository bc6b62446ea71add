Hello.App.Initialize();
Console.WriteLine(Hello.App.Greeter.Greet("units"));
Console.WriteLine(Hello.App.Greeter.Greet("again"));
