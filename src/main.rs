fn main() {
    let opts = claimcheck::Options {
        paths: std::env::args().skip(1).collect(),
        ..Default::default()
    };
    let r = claimcheck::run(&opts, None).unwrap();
    println!("{r:?}");
}
