namespace Demo;

partial struct opener<TSelf> { public static int Open() => 40; }

partial struct closer<TSelf> { public static int Close() => 2; }

partial struct user<TSelf, TFiles> { public static int Run() => TFiles.Open() + TFiles.Close(); }
